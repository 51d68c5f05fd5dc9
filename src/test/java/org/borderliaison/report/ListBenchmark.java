package org.borderliaison.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.borderliaison.report.SummaryBenchmark.NationalDataSet;
import org.borderliaison.shared.Role;
import org.borderliaison.support.BenchmarkSession;
import org.borderliaison.support.AgencyTreeWrites;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long the record lists take, one request at a time, on the national data set of {@link SummaryBenchmark} (or a
 * fraction of it: {@code BENCHMARK_SCALE=25} writes 10,000 meetings, 2,000 patrols, 4,000 cases, 8,000 handovers, 100
 * agreements and 10,000 access-log entries, the comparison the issue asks for). For each list (meetings, agreements,
 * patrols, cases, handovers, access log) and each user (a Lạng Sơn reader, the ministry; the access log is the
 * administrators' page) it times the first page, page 50 (reached as a person reaches it: by following the list's
 * "next" link 49 times from the first page), a partner filter and a free-text search (handovers and the access log
 * have no free text: a direction and an event filter instead), and the JSON API's first page and page 50.
 *
 * <p>Run with {@code scripts/benchmark-lists.sh [DB]} or {@code ./mvnw -Pbenchmark -Dtest=ListBenchmark verify} with
 * the {@code SPRING_DATASOURCE_*} variables. Figures go to the console and {@code target/benchmark/lists-*.txt}. Only
 * sanity is asserted: status 200 and the same answer on every round.
 */
class ListBenchmark extends IntegrationTest {

    private static final int WARM_UP = intFromEnvironment("BENCHMARK_WARM_UP", 5);
    private static final int MEASURED = intFromEnvironment("BENCHMARK_ROUNDS", 15);
    /** The pager's "next" link of a list page. */
    private static final Pattern NEXT = Pattern.compile("<a class=\"page-link\" href=\"([^\"]+)\"[^>]*>(?:Trang sau|Next)</a>");
    private static final Pattern ROW = Pattern.compile("<tr[ >]");
    private static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");
    private static final long ACCESS_LOG_FIRST_ID = NationalDataSet.FIRST_ID;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void listsAtScale() throws Exception {
        String database = jdbc.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName());
        boolean postgres = database.contains("PostgreSQL");
        int scale = intFromEnvironment("BENCHMARK_SCALE", postgres ? 1 : 50);
        NationalDataSet data = new NationalDataSet(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)), scale,
                postgres);
        List<String> report = new ArrayList<>(data.ensurePresent());
        // The generation writes agencies with SQL: the scopes kept so far (of the seeded tree) are dropped.
        AgencyTreeWrites.changedBySql(context, List.of(NationalDataSet.AGENCY_BASE));
        report.add(ensureAccessLog(250_000 / scale, postgres));

        fixtures.account("bench-list-province", NationalDataSet.BENCHMARK_PROVINCE_CODE, Role.VIEWER);
        fixtures.account("bench-list-ministry", "VN-BCA", Role.VIEWER);
        fixtures.account("bench-list-admin", "VN-BCA", Role.ADMIN);
        long partner = NationalDataSet.BENCHMARK_PARTNER_ID;

        List<Scenario> scenarios = new ArrayList<>();
        for (String user : List.of("bench-list-province", "bench-list-ministry")) {
            BenchmarkSession session = BenchmarkSession.signIn(port, user);
            String who = user.substring("bench-list-".length());
            list(scenarios, who, session, "/meetings", "?partnerAgencyId=" + partner, "?text=hoi+dam");
            list(scenarios, who, session, "/agreements", "?partnerAgencyId=" + partner, "?text=an+ninh");
            list(scenarios, who, session, "/patrols", "?partnerAgencyId=" + partner, "?text=150(2)");
            list(scenarios, who, session, "/cases", "?partnerAgencyId=" + partner, "?q=bm-12");
            list(scenarios, who, session, "/handovers", "?partnerCountry=CN", "?direction=RECEIVED");
            scenarios.add(new Scenario(who, session, "/api/v1/meetings?size=20"));
            scenarios.add(new Scenario(who, session, "/api/v1/meetings?size=20&page=49"));
            scenarios.add(new Scenario(who, session, fiftiethApiPage(session, "/api/v1/meetings?size=20")));
        }
        BenchmarkSession admin = BenchmarkSession.signIn(port, "bench-list-admin");
        list(scenarios, "admin", admin, "/admin/access-log", "?username=bench-user-7", "?event=EXPORT");

        for (int i = 0; i < WARM_UP; i++) {
            for (Scenario scenario : scenarios) {
                scenario.check(scenario.session.get(scenario.path));
            }
        }
        // The scenarios take turns, so that a busy moment of the machine falls on all of them alike.
        String loadBefore = uptime();
        for (int i = 0; i < MEASURED; i++) {
            for (Scenario scenario : scenarios) {
                long start = System.nanoTime();
                String body = scenario.session.get(scenario.path);
                scenario.nanos[i] = System.nanoTime() - start;
                scenario.check(body);
            }
        }
        String loadAfter = uptime();

        report.add(String.format(Locale.ROOT, "Record lists, %s, scale 1/%d (%d warm-up rounds, then %d timed, interleaved; milliseconds)",
                database, scale, WARM_UP, MEASURED));
        report.add("uptime before: " + loadBefore);
        report.add("uptime after:  " + loadAfter);
        report.add(String.format(Locale.ROOT, "%-9s %-72s %8s %8s %8s %5s", "user", "request", "median", "p95", "max", "rows"));
        scenarios.forEach(scenario -> report.add(scenario.summary()));
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmark", "lists-" + (postgres ? "postgresql" : database.toLowerCase(Locale.ROOT)) + "-1-" + scale
                + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    /** The four requests of one list: first page, page 50 (through the "next" links), a partner filter, a text search. */
    private void list(List<Scenario> scenarios, String who, BenchmarkSession session, String list, String partnerFilter, String text)
            throws IOException, InterruptedException {
        scenarios.add(new Scenario(who, session, list));
        scenarios.add(new Scenario(who, session, fiftiethPage(session, list)));
        scenarios.add(new Scenario(who, session, list + partnerFilter));
        scenarios.add(new Scenario(who, session, list + text));
    }

    /**
     * Page 50 as the pager reaches it: by following the "next" link 49 times (or as far as the list goes) when the links
     * carry a cursor; by its number when they do not (then that is what the link says).
     */
    private static String fiftiethPage(BenchmarkSession session, String list) throws IOException, InterruptedException {
        String path = list;
        for (int page = 1; page < 50; page++) {
            Matcher next = NEXT.matcher(session.get(path));
            if (!next.find()) {
                break;
            }
            path = relative(next.group(1).replace("&amp;", "&"));
            if (!path.contains("after=")) {
                return path.replaceFirst("page=\\d+", "page=49");
            }
        }
        return path;
    }

    /** Page 50 of an API list as a script reaches it: by each page's nextCursor, or by number where it has none. */
    private static String fiftiethApiPage(BenchmarkSession session, String list) throws IOException, InterruptedException {
        String path = list;
        for (int page = 1; page < 50; page++) {
            Matcher next = NEXT_CURSOR.matcher(session.get(path));
            if (!next.find()) {
                return list + "&page=49";
            }
            path = list + "&page=" + page + "&after=" + URLEncoder.encode(next.group(1), StandardCharsets.UTF_8);
        }
        return path;
    }

    private static String relative(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Access-log entries of fifty users over two years, unless a previous run wrote them. */
    private String ensureAccessLog(int entries, boolean postgres) {
        Long present = jdbc.queryForObject("select count(*) from access_log where id >= ?", Long.class, ACCESS_LOG_FIRST_ID);
        if (present != null && present >= entries) {
            return String.format(Locale.ROOT, "Access log: %,d benchmark entries present", present);
        }
        assertThat(present).as("access-log rows of an interrupted generation: use a fresh database").isZero();
        String events = "case mod(g.i, 7) when 0 then 'SIGN_IN' when 1 then 'SIGN_IN' when 2 then 'SIGN_OUT' when 3 then 'EXPORT' "
                + "when 4 then 'SIGN_IN_FAILED' when 5 then 'PERSONAL_DATA_VIEWED' else 'SIGN_IN' end";
        // generate_series with a column alias works on both databases, as in SummaryBenchmark's generator.
        String series = "generate_series(0, " + (entries - 1) + ") as g(i)";
        jdbc.update("insert into access_log (id, at, username, event, detail, remote_addr) select " + ACCESS_LOG_FIRST_ID + " + g.i, "
                + (postgres ? "timestamp with time zone '2024-01-01 00:00:00+00' + g.i * interval '4 minutes', "
                        : "dateadd(minute, 4 * g.i, timestamp with time zone '2024-01-01 00:00:00+00'), ")
                + "'bench-user-' || cast(mod(g.i, 50) as varchar), " + events + ", null, '10.0.0.' || cast(mod(g.i, 200) as varchar) "
                + "from " + series);
        if (postgres) {
            jdbc.execute("vacuum analyze access_log");
        }
        return String.format(Locale.ROOT, "Access log: %,d benchmark entries written", entries);
    }

    private static String uptime() {
        try (InputStream in = new ProcessBuilder("uptime").redirectErrorStream(true).start().getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(uptime not available: " + e.getMessage() + ")";
        }
    }

    private static int intFromEnvironment(String name, int otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
    }

    /** One user asking for one page, and the times it took. */
    private static final class Scenario {

        final String user;
        final BenchmarkSession session;
        final String path;
        final long[] nanos = new long[MEASURED];
        int rows = -1;

        Scenario(String user, BenchmarkSession session, String path) {
            this.user = user;
            this.session = session;
            this.path = path;
        }

        void check(String body) {
            int found = path.startsWith("/api/") ? count(body, "\"id\":") : count(body, ROW);
            if (rows < 0) {
                rows = found;
            }
            assertThat(found).as("rows of %s on every round", path).isEqualTo(rows);
        }

        String summary() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "%-9s %-72s %8.1f %8.1f %8.1f %5d", user, path, sorted[MEASURED / 2] / 1e6,
                    sorted[(int) Math.ceil(MEASURED * 0.95) - 1] / 1e6, sorted[MEASURED - 1] / 1e6, rows);
        }

        private static int count(String body, String what) {
            int count = 0;
            for (int at = body.indexOf(what); at >= 0; at = body.indexOf(what, at + 1)) {
                count++;
            }
            return count;
        }

        private static int count(String body, Pattern pattern) {
            Matcher matcher = pattern.matcher(body);
            int count = 0;
            while (matcher.find()) {
                count++;
            }
            return count;
        }
    }
}
