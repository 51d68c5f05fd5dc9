package org.borderliaison.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SearchText;
import org.borderliaison.support.BenchmarkSession;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the meeting list takes with 10,000 meetings: inserts them (JDBC batches, spread over the
 * seeded agencies, kinds and ten years) and times the real page over HTTP, signed in through the form
 * as a provincial officer and as the ministry. Run with {@code ./mvnw -Pbenchmark verify} (H2) or with
 * the {@code SPRING_DATASOURCE_*} variables pointing at PostgreSQL. Not part of the normal suite.
 */
class MeetingListBenchmark extends IntegrationTest {

    private static final int MEETINGS = 10_000;
    /** Benchmark rows take ids far above what the application hands out, and are inserted once per database. */
    private static final long FIRST_ID = 5_000_000;
    private static final int WARM_UP = 30;
    private static final int MEASURED = 50;
    private static final Pattern ROW = Pattern.compile("<tr id=\"meeting-\\d+\"");
    private static final Pattern ROW_OF_GATES = Pattern.compile("<tr>\\s*<td><span>");

    /** Our side and the partners it meets: Lào Cai's units with Yunnan's, Lạng Sơn with Guangxi, Nghệ An with Laos. */
    private static final long[][][] PAIRS = {
            {{3, 4, 5, 6, 7, 8}, {31, 32}},
            {{9, 10, 11, 12, 13}, {33, 32}},
            {{20, 21, 22}, {34, 35, 36, 37}},
            {{14, 15, 16}, {38}},
            {{17}, {52, 53, 54}},
            {{1, 2}, {51, 31, 38}}};
    private static final String[] COUNTRY_OF_PARTNER = new String[100];

    static {
        Arrays.fill(COUNTRY_OF_PARTNER, "CN");
        COUNTRY_OF_PARTNER[51] = COUNTRY_OF_PARTNER[52] = COUNTRY_OF_PARTNER[53] = COUNTRY_OF_PARTNER[54] = "LA";
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    @Test
    void listPageWithTenThousandMeetings() throws Exception {
        insertMeetings();
        fixtures.account("bench-officer-lc", "VN-LC-CA", Role.OFFICER);
        fixtures.account("bench-ministry", "V02", Role.VIEWER);
        String database = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
        long total = jdbc.queryForObject("select count(*) from meeting", Long.class);

        List<Scenario> scenarios = new ArrayList<>();
        for (String user : List.of("bench-officer-lc", "bench-ministry")) {
            BenchmarkSession session = BenchmarkSession.signIn(port, user);
            // A page of the same layout without the list: what any page costs here (session, security, rendering).
            scenarios.add(new Scenario(user, session, "/border-gates", ROW_OF_GATES));
            for (String query : List.of("", "?partnerAgencyId=31", "?text=ha+khau", "?partnerAgencyId=33&page=3", "?sort=kind&kind=FIELD_TALKS")) {
                scenarios.add(new Scenario(user, session, "/meetings" + query, ROW));
            }
        }
        // Everything is warmed up first; then the scenarios take turns, so that a busy moment of the machine
        // falls on all of them alike rather than on whichever ran then.
        for (int i = 0; i < WARM_UP; i++) {
            for (Scenario scenario : scenarios) {
                scenario.rows = rows(scenario.session.get(scenario.path), scenario.row);
            }
        }
        for (int i = 0; i < MEASURED; i++) {
            for (Scenario scenario : scenarios) {
                long start = System.nanoTime();
                String page = scenario.session.get(scenario.path);
                scenario.nanos[i] = System.nanoTime() - start;
                assertThat(rows(page, scenario.row)).as(scenario.path).isEqualTo(scenario.rows);
            }
        }

        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "Meeting list, %s, %d meetings (%d warm-up rounds, then %d timed; milliseconds)",
                database, total, WARM_UP, MEASURED));
        report.add(String.format(Locale.ROOT, "%-18s %-36s %8s %8s %8s %5s", "user", "page", "median", "p95", "max", "rows"));
        scenarios.forEach(scenario -> report.add(scenario.summary()));
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmark", "meeting-list-" + database.toLowerCase(Locale.ROOT) + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    /** One user asking for one page, and the times it took. */
    private static final class Scenario {

        final String user;
        final BenchmarkSession session;
        final String path;
        final Pattern row;
        final long[] nanos = new long[MEASURED];
        int rows;

        Scenario(String user, BenchmarkSession session, String path, Pattern row) {
            this.user = user;
            this.session = session;
            this.path = path;
            this.row = row;
        }

        String summary() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "%-18s %-36s %8.1f %8.1f %8.1f %5d", user, path, sorted[MEASURED / 2] / 1e6,
                    sorted[(int) Math.ceil(MEASURED * 0.95) - 1] / 1e6, sorted[MEASURED - 1] / 1e6, rows);
        }
    }

    private static int rows(String page, Pattern row) {
        Matcher matcher = row.matcher(page);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** 10,000 meetings with their agencies and topics, in batches, unless a previous run left them there. */
    private void insertMeetings() {
        Integer present = jdbc.queryForObject("select count(*) from meeting where id >= ?", Integer.class, FIRST_ID);
        if (present != null && present >= MEETINGS) {
            return;
        }
        Random random = new Random(42);
        MeetingKind[] kinds = MeetingKind.values();
        CooperationField[] fields = CooperationField.values();
        LocalDate first = LocalDate.of(2015, 1, 1);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> meetings = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        List<Object[]> topics = new ArrayList<>();
        for (int i = 0; i < MEETINGS; i++) {
            long id = FIRST_ID + i;
            long[][] pair = PAIRS[random.nextInt(PAIRS.length)];
            long ours = pair[0][random.nextInt(pair[0].length)];
            long partner = pair[1][random.nextInt(pair[1].length)];
            // Letters and hotline contacts are the most frequent records, delegations the rarest.
            MeetingKind kind = random.nextInt(3) == 0 ? kinds[random.nextInt(kinds.length)]
                    : (random.nextBoolean() ? MeetingKind.LETTER_EXCHANGE : MeetingKind.HOTLINE_CONTACT);
            LocalDate date = first.plusDays(random.nextInt(365 * 10));
            String title = "Hội đàm thử nghiệm số " + i + " về phối hợp phòng, chống tội phạm";
            String outcome = "Hai bên trao đổi thông tin, thống nhất phối hợp xác minh đối tượng và quản lý biên giới, cửa khẩu.";
            boolean tally = kind == MeetingKind.LETTER_EXCHANGE || kind == MeetingKind.HOTLINE_CONTACT;
            boolean cancelled = random.nextInt(50) == 0;
            meetings.add(new Object[] {id, now, now, kind.name(), title, Date.valueOf(date), Date.valueOf(date.plusDays(tally ? 27 : 1)),
                    random.nextBoolean() ? "VN" : COUNTRY_OF_PARTNER[(int) partner], random.nextBoolean() ? "Lào Cai" : "Hà Khẩu",
                    ours, tally ? 0 : 6, tally ? 0 : 5, outcome, tally ? 1 + random.nextInt(40) : 1,
                    cancelled ? "CANCELLED" : "RECORDED", cancelled ? "benchmark" : null,
                    SearchText.of(title, outcome, "bench agency " + ours + " partner " + partner,
                            partner == 33 ? "Cục Công an huyện Hà Khẩu Hekou" : "")});
            links.add(new Object[] {id, ours, "OUR", "VN", Date.valueOf(date)});
            links.add(new Object[] {id, partner, "PARTNER", COUNTRY_OF_PARTNER[(int) partner], Date.valueOf(date)});
            topics.add(new Object[] {id, fields[random.nextInt(fields.length)].name()});
        }
        jdbc.batchUpdate("insert into meeting (id, version, created_by, created_at, updated_by, updated_at, kind, title, start_date, "
                + "end_date, place_country, locality, host_agency_id, our_participants, partner_participants, outcome, event_count, status, "
                + "cancel_reason, search_text) values (?, 0, 'benchmark', ?, 'benchmark', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", meetings);
        jdbc.batchUpdate("insert into meeting_agency (meeting_id, agency_id, side, country, start_date) values (?, ?, ?, ?, ?)", links);
        jdbc.batchUpdate("insert into meeting_topic (meeting_id, field) values (?, ?)", topics);
        if (jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName()).contains("PostgreSQL")) {
            jdbc.execute("analyze meeting");
            jdbc.execute("analyze meeting_agency");
            jdbc.execute("analyze meeting_topic");
        }
    }
}
