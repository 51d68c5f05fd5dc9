package org.borderliaison.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.casefile.CaseStatus;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SearchText;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.AgencyTreeWrites;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long the cooperation summary takes at national scale: 25 border provinces over ten years (2016 – 2025), with
 * 250,000 meetings and contacts, 50,000 patrols, 100,000 cases with 150,000 seizures, 200,000 handovers with about
 * 1,150,000 listed persons, and 2,500 agreements. The data set is written by set-based SQL
 * ({@code insert ... select ... from generate_series}) once per database; then the JSON summary of one province for
 * one year, of the ministry over ten years, of the province-year with a partner agency, and the PDF of the
 * province-year are fetched over HTTP, signed in through the form, and their median, 95th percentile and maximum
 * printed beside the targets. Only sanity is asserted (status 200, the same figures on every round, not zero).
 *
 * <p>Run with {@code ./mvnw -Pbenchmark -Dtest=SummaryBenchmark verify} and the {@code SPRING_DATASOURCE_*} variables
 * pointing at PostgreSQL, or with {@code scripts/benchmark-summary.sh}. On the in-memory H2 of the tests it writes a
 * 1/50 scale of the data set instead (a smoke run of the generator and the scenarios; its times say nothing about
 * the targets). Not part of the normal suite.
 */
class SummaryBenchmark extends IntegrationTest {

    private static final int WARM_UP = 10;
    private static final int MEASURED = 30;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void summaryAtNationalScale() throws Exception {
        String database = jdbc.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName());
        String url = jdbc.execute((Connection connection) -> connection.getMetaData().getURL());
        boolean postgres = database.contains("PostgreSQL");
        NationalDataSet data = new NationalDataSet(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                postgres ? 1 : 50, postgres);
        List<String> report = new ArrayList<>();
        report.addAll(data.ensurePresent());
        // The generation writes agencies with SQL: the scopes kept so far (of the seeded tree) are dropped.
        AgencyTreeWrites.changedBySql(context, List.of(NationalDataSet.AGENCY_BASE));

        fixtures.account("bench-sum-province", NationalDataSet.BENCHMARK_PROVINCE_CODE, Role.REPORTER);
        fixtures.account("bench-sum-ministry", "VN-BCA", Role.REPORTER);
        Session province = signIn("bench-sum-province");
        Session ministry = signIn("bench-sum-ministry");
        long provinceId = NationalDataSet.BENCHMARK_PROVINCE_ID;
        String provinceYear = "agencyId=" + provinceId + "&from=2024-01-01&to=2024-12-31";

        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new Scenario("(a) JSON province-year", province, "/api/v1/reports/summary?" + provinceYear, false, 100));
        scenarios.add(new Scenario("(b) JSON ministry 10 years", ministry, "/api/v1/reports/summary?agencyId=1&from=2016-01-01&to=2025-12-31",
                false, 1000));
        scenarios.add(new Scenario("(c) PDF province-year", province, "/reports/summary.pdf?" + provinceYear, true, 1000));
        scenarios.add(new Scenario("(d) JSON province-year, partner", province,
                "/api/v1/reports/summary?" + provinceYear + "&partnerAgencyId=" + NationalDataSet.BENCHMARK_PARTNER_ID, false, 100));

        // The PDF endpoint is being written beside this benchmark: without it, say so and time the rest.
        List<String> unavailable = new ArrayList<>();
        for (Scenario scenario : List.copyOf(scenarios)) {
            Response first = scenario.session.get(scenario.path);
            if (scenario.pdf && first.status != 200) {
                unavailable.add(String.format(Locale.ROOT, "PDF: not available (status %d)", first.status));
                scenarios.remove(scenario);
            } else {
                scenario.check(first);
            }
        }
        for (int i = 1; i < WARM_UP; i++) {
            for (Scenario scenario : scenarios) {
                scenario.check(scenario.session.get(scenario.path));
            }
        }
        // The scenarios take turns, so that a busy moment of the machine falls on all of them alike.
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int i = 0; i < MEASURED; i++) {
            for (Scenario scenario : scenarios) {
                long start = System.nanoTime();
                Response response = scenario.session.get(scenario.path);
                scenario.nanos[i] = System.nanoTime() - start;
                scenario.check(response);
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        report.add(String.format(Locale.ROOT, "Cooperation summary, %s%s (%d warm-up rounds, then %d timed, interleaved; milliseconds)",
                database, postgres ? "" : ", 1/50 scale: not comparable with the targets", WARM_UP, MEASURED));
        report.add("JDBC URL " + url);
        report.add(String.format(Locale.ROOT, "load average %.2f before, %.2f after timing; %d processors", loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors()));
        report.add(String.format(Locale.ROOT, "%-34s %8s %8s %8s %8s  %s", "scenario", "median", "p95", "max", "target", "what it counted"));
        scenarios.forEach(scenario -> report.add(scenario.summary()));
        report.addAll(unavailable);
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmark", "summary-" + (postgres ? "postgresql" : database.toLowerCase(Locale.ROOT)) + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    /** One request, who makes it, its times, and what its first answer said (the later ones must say the same). */
    private static final class Scenario {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        final String name;
        final Session session;
        final String path;
        final boolean pdf;
        final int targetMillis;
        final long[] nanos = new long[MEASURED];
        String firstBody;
        String counted = "";

        Scenario(String name, Session session, String path, boolean pdf, int targetMillis) {
            this.name = name;
            this.session = session;
            this.path = path;
            this.pdf = pdf;
            this.targetMillis = targetMillis;
        }

        void check(Response response) {
            assertThat(response.status).as("GET %s", path).isEqualTo(200);
            if (pdf) {
                assertThat(new String(response.body, 0, Math.min(5, response.body.length), StandardCharsets.ISO_8859_1))
                        .as("a PDF from %s", path).isEqualTo("%PDF-");
                counted = response.body.length / 1024 + " KiB";
                return;
            }
            String body = new String(response.body, StandardCharsets.UTF_8);
            if (firstBody == null) {
                firstBody = body;
                counted = counted(JSON.readTree(body));
            }
            assertThat(body).as("the figures of %s are the same on every round", path).isEqualTo(firstBody);
        }

        /** What the current period counts (events, patrols, cases, handover records): each must be above zero. */
        private String counted(JsonNode summary) {
            Map<String, BigDecimal> totals = new LinkedHashMap<>();
            totals.put("events", sum(summary.get("meetings").findValues("current")));
            totals.put("patrols", sum(summary.get("patrols").findValues("patrols")));
            totals.put("cases", sum(summary.get("cases").findValues("cases")));
            totals.put("handovers", sum(summary.get("handovers").findValues("records")));
            totals.forEach((what, total) -> assertThat(total).as("%s in the summary of %s", what, path).isPositive());
            return totals.entrySet().stream().map(entry -> entry.getValue().toPlainString() + " " + entry.getKey())
                    .collect(Collectors.joining(", "));
        }

        /** The sum of the figures' current values (a figure is {current, previous, change}, or the current value itself). */
        private static BigDecimal sum(List<JsonNode> figures) {
            return figures.stream().map(figure -> figure.has("current") ? figure.get("current") : figure).map(JsonNode::decimalValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        String summary() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "%-34s %8.1f %8.1f %8.1f %8s  %s", name, sorted[MEASURED / 2] / 1e6,
                    sorted[(int) Math.ceil(MEASURED * 0.95) - 1] / 1e6, sorted[MEASURED - 1] / 1e6, "< " + targetMillis, counted);
        }
    }

    private Session signIn(String username) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Session session = new Session(client, "http://localhost:" + port);
        Response login = session.get("/login");
        Matcher token = CSRF.matcher(new String(login.body, StandardCharsets.UTF_8));
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(session.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return session;
    }

    private record Response(int status, byte[] body) {
    }

    /** A signed-in browser: its session cookie serves the API (GET needs no CSRF token) and the pages alike. */
    private record Session(HttpClient client, String base) {

        Response get(String path) throws IOException, InterruptedException {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body());
        }
    }

    /**
     * The national data set, written once per database with set-based SQL that runs on PostgreSQL and on H2 (PostgreSQL
     * mode): every value derives from the row's number {@code i} (province {@code i mod 25}, {@code j = i / 25} within
     * it), so the data are the same on every run and no random generator is needed. Ids start far above what the
     * application hands out: {@value #FIRST_ID} for records, {@value #AGENCY_BASE} + 100 × province + unit for our
     * agencies, {@value #PARTNER_BASE} + n for the added partner agencies.
     *
     * <p>Each province's police has two departments, two border posts, three districts with two communes each. Border
     * posts really belong to the Border Guard (Ministry of Defence, seeded as agencies 18 – 22); here they hang under
     * the provincial police so that the ministry's sub-tree holds every generated record and its summary reads all of
     * them.
     */
    static final class NationalDataSet {

        static final long FIRST_ID = 10_000_000L;
        static final long AGENCY_BASE = 10_000_000L;
        static final long PARTNER_BASE = 10_100_000L;
        static final long PERSON_BASE = 100_000_000L;
        static final int PROVINCES = 25;
        /** Lạng Sơn (province 1), whose partners are Guangxi, Chongzuo and two counties of Chongzuo. */
        static final long BENCHMARK_PROVINCE_ID = AGENCY_BASE + 100;
        static final String BENCHMARK_PROVINCE_CODE = "BM-LS-CA";
        /** Chongzuo, with its sub-tree (Pingxiang, Longzhou): three of Lạng Sơn's four partners. */
        static final long BENCHMARK_PARTNER_ID = PARTNER_BASE + 2;

        private static final String NOW = "timestamp with time zone '2026-01-01 00:00:00+00'";

        /** Code, name of the province, and the partner agencies across the border it works with. */
        private static final Object[][] PROVINCES_AND_PARTNERS = {
                {"QN", "Quảng Ninh", new long[] {PARTNER_BASE, PARTNER_BASE + 1, 38}},
                {"LS", "Lạng Sơn", new long[] {38, PARTNER_BASE + 2, PARTNER_BASE + 3, PARTNER_BASE + 4}},
                {"CB", "Cao Bằng", new long[] {PARTNER_BASE + 5, PARTNER_BASE + 6, PARTNER_BASE + 7, PARTNER_BASE + 4}},
                {"HG", "Hà Giang", new long[] {PARTNER_BASE + 8, PARTNER_BASE + 9, PARTNER_BASE + 10, 31}},
                {"LC", "Lào Cai", new long[] {31, 32, 33, 35}},
                {"LCH", "Lai Châu", new long[] {32, PARTNER_BASE + 11}},
                {"DB", "Điện Biên", new long[] {PARTNER_BASE + 12, PARTNER_BASE + 13, PARTNER_BASE + 20}},
                {"SL", "Sơn La", new long[] {54, PARTNER_BASE + 21}},
                {"TH", "Thanh Hóa", new long[] {54}},
                {"NA", "Nghệ An", new long[] {52, 53, 54}},
                {"HT", "Hà Tĩnh", new long[] {52, PARTNER_BASE + 22}},
                {"QB", "Quảng Bình", new long[] {PARTNER_BASE + 22, PARTNER_BASE + 23}},
                {"QT", "Quảng Trị", new long[] {PARTNER_BASE + 23, PARTNER_BASE + 24}},
                {"TTH", "Thừa Thiên Huế", new long[] {PARTNER_BASE + 24, PARTNER_BASE + 25}},
                {"QNA", "Quảng Nam", new long[] {PARTNER_BASE + 25}},
                {"KT", "Kon Tum", new long[] {PARTNER_BASE + 26, PARTNER_BASE + 41}},
                {"GL", "Gia Lai", new long[] {PARTNER_BASE + 41}},
                {"DL", "Đắk Lắk", new long[] {PARTNER_BASE + 42}},
                {"DNO", "Đắk Nông", new long[] {PARTNER_BASE + 42}},
                {"BP", "Bình Phước", new long[] {PARTNER_BASE + 43, PARTNER_BASE + 44}},
                {"TN", "Tây Ninh", new long[] {PARTNER_BASE + 44, PARTNER_BASE + 45}},
                {"LAN", "Long An", new long[] {PARTNER_BASE + 45}},
                {"DT", "Đồng Tháp", new long[] {PARTNER_BASE + 46}},
                {"AG", "An Giang", new long[] {PARTNER_BASE + 47, PARTNER_BASE + 48}},
                {"KG", "Kiên Giang", new long[] {PARTNER_BASE + 49, PARTNER_BASE + 48}}};

        /** The country of every partner agency the provinces name (seeded ones and added ones). */
        private static final Map<Long, String> PARTNER_COUNTRY = new LinkedHashMap<>();

        private final JdbcTemplate jdbc;
        private final TransactionTemplate transaction;
        private final boolean postgres;
        private final int meetings;
        private final int patrols;
        private final int cases;
        private final int handovers;
        private final int agreements;

        NationalDataSet(JdbcTemplate jdbc, TransactionTemplate transaction, int scaleDivisor, boolean postgres) {
            this.jdbc = jdbc;
            this.transaction = transaction;
            this.postgres = postgres;
            this.meetings = 250_000 / scaleDivisor;
            this.patrols = 50_000 / scaleDivisor;
            this.cases = 100_000 / scaleDivisor;
            this.handovers = 200_000 / scaleDivisor;
            this.agreements = 2_500 / scaleDivisor;
        }

        /** Writes the data set unless a previous run did; answers what it did and the row counts, for the report. */
        List<String> ensurePresent() {
            List<String> lines = new ArrayList<>();
            Map<String, Long> expected = new LinkedHashMap<>();
            expected.put("meeting", (long) meetings);
            expected.put("patrol", (long) patrols);
            expected.put("case_file", (long) cases);
            expected.put("handover", (long) handovers);
            expected.put("cooperation_agreement", (long) agreements);
            Map<String, Long> present = new LinkedHashMap<>();
            expected.keySet().forEach(table -> present.put(table, count(table, "id")));
            if (present.equals(expected)) {
                lines.add("Data set: already present, generation skipped");
            } else {
                assertThat(present.values()).as("benchmark rows of an interrupted or different generation (%s): use a fresh database",
                        present).allMatch(rows -> rows == 0);
                long start = System.nanoTime();
                List<String> steps = new ArrayList<>();
                transaction.executeWithoutResult(status -> generate(steps));
                long written = System.nanoTime();
                analyze();
                lines.add(String.format(Locale.ROOT, "Data set: generated in %.1f s (%.1f s writing, %.1f s %s)",
                        (System.nanoTime() - start) / 1e9, (written - start) / 1e9, (System.nanoTime() - written) / 1e9,
                        postgres ? "vacuum analyze" : "nothing else"));
                lines.addAll(steps);
            }
            lines.add("Rows (benchmark rows / all rows): " + rowCounts());
            return lines;
        }

        private long count(String table, String idColumn) {
            Long rows = jdbc.queryForObject("select count(*) from " + table + " where " + idColumn + " >= ?", Long.class, FIRST_ID);
            return rows == null ? 0 : rows;
        }

        private String rowCounts() {
            List<String> counts = new ArrayList<>();
            Map<String, String> tables = new LinkedHashMap<>();
            tables.put("agency", "id");
            tables.put("meeting", "id");
            tables.put("meeting_agency", "meeting_id");
            tables.put("meeting_topic", "meeting_id");
            tables.put("cooperation_agreement", "id");
            tables.put("cooperation_agreement_party", "agreement_id");
            tables.put("patrol", "id");
            tables.put("case_file", "id");
            tables.put("case_file_partner", "case_file_id");
            tables.put("case_file_status", "case_file_id");
            tables.put("case_file_seizure", "case_file_id");
            tables.put("handover", "id");
            tables.put("handover_person", "handover_id");
            tables.forEach((table, column) -> counts.add(String.format(Locale.ROOT, "%s %,d / %,d", table, count(table, column),
                    jdbc.queryForObject("select count(*) from " + table, Long.class))));
            return String.join("; ", counts);
        }

        private void generate(List<String> steps) {
            step(steps, "agencies", this::insertAgencies);
            step(steps, "meetings", () -> update(meetingsSql()) + update(meetingAgenciesSql()) + update(meetingTopicsSql()));
            step(steps, "agreements", () -> update(agreementsSql()) + update(agreementPartiesSql()) + update(agreementFieldsSql()));
            step(steps, "patrols", () -> update(patrolsSql()));
            step(steps, "cases", () -> update(casesSql()) + update(casePartnersSql()) + update(caseStatusesSql()));
            step(steps, "seizures", () -> update(seizuresSql()));
            step(steps, "handovers", () -> update(handoversSql()));
            step(steps, "listed persons", () -> update(personsSql()));
        }

        private static void step(List<String> steps, String what, IntSupplier work) {
            long start = System.nanoTime();
            int rows = work.getAsInt();
            String line = String.format(Locale.ROOT, "  %-16s %,10d rows in %6.1f s", what, rows, (System.nanoTime() - start) / 1e9);
            System.out.println(line); // progress: on PostgreSQL the whole generation takes minutes
            steps.add(line);
        }

        private int update(String sql) {
            return jdbc.update(sql);
        }

        private void analyze() {
            if (!postgres) {
                return;
            }
            for (String table : List.of("agency", "meeting", "meeting_agency", "meeting_topic", "cooperation_agreement",
                    "cooperation_agreement_party", "cooperation_agreement_field", "patrol", "case_file", "case_file_partner",
                    "case_file_status", "case_file_seizure", "handover", "handover_person")) {
                // After a bulk load autovacuum would get there eventually; do it now so the plans are those of a settled database.
                jdbc.execute("vacuum analyze " + table);
            }
        }

        // ---- agencies: a few hundred rows with folded names, in one JDBC batch

        private record NewAgency(long id, String code, String country, String kind, String level, String nameVi, String nameEn,
                String nameNative, Long parentId, String path) {

            Object[] row() {
                return new Object[] {id, code, country, kind, level, nameVi, nameEn, nameNative,
                        SearchText.of(code, nameVi, nameEn, nameNative), parentId, path};
            }
        }

        private int insertAgencies() {
            List<NewAgency> rows = new ArrayList<>();
            partners(rows);
            for (int p = 0; p < PROVINCES; p++) {
                String code = "BM-" + PROVINCES_AND_PARTNERS[p][0] + "-CA";
                String province = (String) PROVINCES_AND_PARTNERS[p][1];
                String provinceEn = Arrays.stream(SearchText.fold(province).split(" ")).map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                        .collect(Collectors.joining(" "));
                long police = AGENCY_BASE + p * 100L;
                String path = "/1/" + police + "/";
                rows.add(new NewAgency(police, code, "VN", "PROVINCIAL_POLICE", "PROVINCIAL", "Công an tỉnh " + province,
                        provinceEn + " Provincial Police", null, 1L, path));
                rows.add(new NewAgency(police + 1, code + "-XNC", "VN", "PROVINCIAL_UNIT", "PROVINCIAL",
                        "Phòng Quản lý xuất nhập cảnh Công an tỉnh " + province, "Immigration Management Department, " + provinceEn
                                + " Provincial Police", null, police, path + (police + 1) + "/"));
                rows.add(new NewAgency(police + 2, code + "-CSHS", "VN", "PROVINCIAL_UNIT", "PROVINCIAL",
                        "Phòng Cảnh sát hình sự Công an tỉnh " + province, "Criminal Police Department, " + provinceEn
                                + " Provincial Police", null, police, path + (police + 2) + "/"));
                for (int post = 1; post <= 2; post++) {
                    long id = police + 2 + post;
                    rows.add(new NewAgency(id, code + "-BP" + post, "VN", "BORDER_POST", "DISTRICT",
                            "Đồn Biên phòng cửa khẩu số " + post + " tỉnh " + province, "Border Post No. " + post + ", " + provinceEn,
                            null, police, path + id + "/"));
                }
                for (int district = 1; district <= 3; district++) {
                    long id = police + 4 + district;
                    String districtPath = path + id + "/";
                    rows.add(new NewAgency(id, code + "-H" + district, "VN", "DISTRICT_POLICE", "DISTRICT",
                            "Công an huyện biên giới số " + district + " tỉnh " + province,
                            "Border District No. " + district + " Police, " + provinceEn, null, police, districtPath));
                    for (int commune = 1; commune <= 2; commune++) {
                        long communeId = police + 6 + district * 2 + commune - 1;
                        rows.add(new NewAgency(communeId, code + "-H" + district + "-X" + commune, "VN", "COMMUNE_POLICE", "COMMUNE",
                                "Công an xã biên giới số " + commune + ", huyện số " + district + " tỉnh " + province,
                                "Border Commune No. " + commune + " Police, District No. " + district + ", " + provinceEn, null, id,
                                districtPath + communeId + "/"));
                    }
                }
            }
            jdbc.batchUpdate("insert into agency (id, version, created_by, created_at, updated_by, updated_at, code, country, kind, level, "
                    + "name_vi, name_en, name_native, search_text, parent_id, path, active) values (?, 0, 'benchmark', " + NOW
                    + ", 'benchmark', " + NOW + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)", rows.stream().map(NewAgency::row).toList());
            insertHistories(rows);
            return rows.size();
        }

        /**
         * The placements, names and lineage the application keeps beside each agency (as migration V86 backfilled them
         * for the seeded ones): one open placement and name each, and an open lineage row to every ancestor by path,
         * so that the summary attributes records as it does on a real database.
         */
        private void insertHistories(List<NewAgency> rows) {
            jdbc.batchUpdate("insert into agency_placement (agency_id, parent_id, valid_from) values (?, ?, date '1900-01-01')",
                    rows.stream().map(row -> new Object[] {row.id(), row.parentId()}).toList());
            jdbc.batchUpdate("insert into agency_name (agency_id, code, name_vi, name_en, name_native, valid_from)"
                    + " values (?, ?, ?, ?, ?, date '1900-01-01')",
                    rows.stream().map(row -> new Object[] {row.id(), row.code(), row.nameVi(), row.nameEn(), row.nameNative()}).toList());
            List<Object[]> lineage = new ArrayList<>();
            for (NewAgency row : rows) {
                List<String> ids = java.util.Arrays.stream(row.path().split("/")).filter(part -> !part.isEmpty()).toList();
                for (int i = 0; i < ids.size(); i++) {
                    lineage.add(new Object[] {row.id(), Long.valueOf(ids.get(i)), ids.size() - 1 - i});
                }
            }
            jdbc.batchUpdate("insert into agency_lineage (agency_id, ancestor_id, depth, valid_from) values (?, ?, ?, date '1900-01-01')",
                    lineage);
        }

        /** Prefectures and counties of Guangxi and Yunnan, Lao provinces, and Cambodia's provincial police. */
        private static void partners(List<NewAgency> rows) {
            chinese(rows, 0, 38L, "/38/", "PREFECTURE_BUREAU", "PREFECTURE", "GX-FCG", "Cục Công an thành phố Phòng Thành Cảng",
                    "Fangchenggang Municipal Public Security Bureau", "防城港市公安局");
            chinese(rows, 1, PARTNER_BASE, null, "COUNTY_BUREAU", "DISTRICT", "GX-DX", "Cục Công an thành phố Đông Hưng",
                    "Dongxing Municipal Public Security Bureau", "东兴市公安局");
            chinese(rows, 2, 38L, "/38/", "PREFECTURE_BUREAU", "PREFECTURE", "GX-CZ", "Cục Công an thành phố Sùng Tả",
                    "Chongzuo Municipal Public Security Bureau", "崇左市公安局");
            chinese(rows, 3, PARTNER_BASE + 2, null, "COUNTY_BUREAU", "DISTRICT", "GX-PX", "Cục Công an thành phố Bằng Tường",
                    "Pingxiang Municipal Public Security Bureau", "凭祥市公安局");
            chinese(rows, 4, PARTNER_BASE + 2, null, "COUNTY_BUREAU", "DISTRICT", "GX-LZ", "Cục Công an huyện Long Châu",
                    "Longzhou County Public Security Bureau", "龙州县公安局");
            chinese(rows, 5, 38L, "/38/", "PREFECTURE_BUREAU", "PREFECTURE", "GX-BS", "Cục Công an thành phố Bách Sắc",
                    "Baise Municipal Public Security Bureau", "百色市公安局");
            chinese(rows, 6, PARTNER_BASE + 5, null, "COUNTY_BUREAU", "DISTRICT", "GX-JX", "Cục Công an thành phố Tĩnh Tây",
                    "Jingxi Municipal Public Security Bureau", "靖西市公安局");
            chinese(rows, 7, PARTNER_BASE + 5, null, "COUNTY_BUREAU", "DISTRICT", "GX-NP", "Cục Công an huyện Na Pha",
                    "Napo County Public Security Bureau", "那坡县公安局");
            chinese(rows, 8, 31L, "/31/", "PREFECTURE_BUREAU", "PREFECTURE", "YN-WS", "Cục Công an châu Văn Sơn",
                    "Wenshan Prefecture Public Security Bureau", "文山州公安局");
            chinese(rows, 9, PARTNER_BASE + 8, null, "COUNTY_BUREAU", "DISTRICT", "YN-MLP", "Cục Công an huyện Ma Lật Pha",
                    "Malipo County Public Security Bureau", "麻栗坡县公安局");
            chinese(rows, 10, PARTNER_BASE + 8, null, "COUNTY_BUREAU", "DISTRICT", "YN-MG", "Cục Công an huyện Mã Quan",
                    "Maguan County Public Security Bureau", "马关县公安局");
            chinese(rows, 11, 32L, "/31/32/", "COUNTY_BUREAU", "DISTRICT", "YN-JP", "Cục Công an huyện Kim Bình",
                    "Jinping County Public Security Bureau", "金平县公安局");
            chinese(rows, 12, 31L, "/31/", "PREFECTURE_BUREAU", "PREFECTURE", "YN-PE", "Cục Công an thành phố Phổ Nhĩ",
                    "Pu'er Municipal Public Security Bureau", "普洱市公安局");
            chinese(rows, 13, PARTNER_BASE + 12, null, "COUNTY_BUREAU", "DISTRICT", "YN-JC", "Cục Công an huyện Giang Thành",
                    "Jiangcheng County Public Security Bureau", "江城县公安局");
            String[][] lao = {{"PS", "Phông Xa Lỳ", "Phongsaly"}, {"LP", "Luông Pha Bang", "Luang Prabang"},
                    {"KM", "Khăm Muộn", "Khammouane"}, {"SV", "Xa Vẳn Na Khệt", "Savannakhet"}, {"SL", "Sa La Van", "Salavan"},
                    {"SK", "Sê Kông", "Sekong"}, {"AT", "Át Tạ Pư", "Attapeu"}};
            for (int n = 0; n < lao.length; n++) {
                long id = PARTNER_BASE + 20 + n;
                rows.add(new NewAgency(id, "BM-LA-" + lao[n][0] + "-CA", "LA", "PROVINCIAL_POLICE", "PROVINCIAL",
                        "Công an tỉnh " + lao[n][1], lao[n][2] + " Provincial Police", null, 51L, "/51/" + id + "/"));
                PARTNER_COUNTRY.put(id, "LA");
            }
            long interior = PARTNER_BASE + 40;
            rows.add(new NewAgency(interior, "BM-KH-MOI", "KH", "MINISTRY", "CENTRAL", "Bộ Nội vụ Vương quốc Campuchia",
                    "Ministry of Interior of the Kingdom of Cambodia", null, null, "/" + interior + "/"));
            String[][] khmer = {{"RK", "Ratanakiri"}, {"MK", "Mondulkiri"}, {"KR", "Kratie"}, {"TK", "Tbong Khmum"},
                    {"SR", "Svay Rieng"}, {"PV", "Prey Veng"}, {"KD", "Kandal"}, {"TA", "Takeo"}, {"KP", "Kampot"}};
            for (int n = 0; n < khmer.length; n++) {
                long id = interior + 1 + n;
                rows.add(new NewAgency(id, "BM-KH-" + khmer[n][0] + "-CA", "KH", "PROVINCIAL_POLICE", "PROVINCIAL",
                        "Công an tỉnh " + khmer[n][1], khmer[n][1] + " Provincial Police", null, interior,
                        "/" + interior + "/" + id + "/"));
                PARTNER_COUNTRY.put(id, "KH");
            }
            for (long seeded : new long[] {31, 32, 33, 35, 38}) {
                PARTNER_COUNTRY.put(seeded, "CN");
            }
            for (long seeded : new long[] {52, 53, 54}) {
                PARTNER_COUNTRY.put(seeded, "LA");
            }
        }

        private static void chinese(List<NewAgency> rows, int n, long parentId, String parentPath, String kind, String level,
                String code, String nameVi, String nameEn, String nameNative) {
            long id = PARTNER_BASE + n;
            String path = (parentPath != null ? parentPath : rows.stream().filter(row -> row.id() == parentId).findFirst()
                    .orElseThrow().path()) + id + "/";
            rows.add(new NewAgency(id, "BM-CN-" + code, "CN", kind, level, nameVi, nameEn, nameNative, parentId, path));
            PARTNER_COUNTRY.put(id, "CN");
        }

        // ---- records: one insert ... select each, every value computed from the row's number

        /**
         * Each province's partners as a derived table {@code pr(p, n, k, partner, country)}: the record with number
         * {@code j} within province {@code p} works with partner {@code k = j mod n}.
         */
        private static String pairs() {
            if (PARTNER_COUNTRY.isEmpty()) {
                partners(new ArrayList<>());
            }
            List<String> values = new ArrayList<>();
            for (int p = 0; p < PROVINCES; p++) {
                long[] partners = (long[]) PROVINCES_AND_PARTNERS[p][2];
                for (int k = 0; k < partners.length; k++) {
                    values.add(String.format(Locale.ROOT, "(%d, %d, %d, %d, '%s')", p, partners.length, k, partners[k],
                            PARTNER_COUNTRY.get(partners[k])));
                }
            }
            return "(values " + String.join(", ", values) + ") as pr(p, n, k, partner, country)";
        }

        /** Rows numbered 0..count-1 with their province {@code p} and number within it {@code j}. */
        private static String numbered(int count) {
            return "(select g.i, mod(g.i, " + PROVINCES + ") as p, g.i / " + PROVINCES + " as j from generate_series(0, " + (count - 1)
                    + ") as g(i))";
        }

        /** A CASE choosing among the names by {@code selector} (0..names.length-1). */
        private static String choose(String selector, List<String> names) {
            StringBuilder sql = new StringBuilder("case " + selector);
            for (int n = 0; n < names.size() - 1; n++) {
                sql.append(" when ").append(n).append(" then '").append(names.get(n)).append('\'');
            }
            return sql.append(" else '").append(names.get(names.size() - 1)).append("' end").toString();
        }

        private static List<String> names(Enum<?>[] values) {
            return Arrays.stream(values).map(Enum::name).toList();
        }

        private static String fill(String sql) {
            return sql.replace("{first}", Long.toString(FIRST_ID)).replace("{agencies}", Long.toString(AGENCY_BASE))
                    .replace("{now}", NOW).replace("{pairs}", pairs()).replace("{persons}", Long.toString(PERSON_BASE));
        }

        private static final Map<MeetingKind, String> MEETING_TITLES = new LinkedHashMap<>();

        static {
            MEETING_TITLES.put(MeetingKind.TALKS, "Hội đàm định kỳ về phối hợp phòng, chống tội phạm qua biên giới");
            MEETING_TITLES.put(MeetingKind.CONFERENCE, "Hội nghị sơ kết công tác phối hợp bảo đảm an ninh, trật tự khu vực biên giới");
            MEETING_TITLES.put(MeetingKind.OUTGOING_DELEGATION, "Đoàn công tác xuất cảnh trao đổi kinh nghiệm quản lý biên giới");
            MEETING_TITLES.put(MeetingKind.INCOMING_DELEGATION, "Đón đoàn công tác của phía bạn sang làm việc");
            MEETING_TITLES.put(MeetingKind.FIELD_TALKS, "Hội đàm tại thực địa giải quyết vụ việc trên tuyến biên giới");
            MEETING_TITLES.put(MeetingKind.LETTER_EXCHANGE, "Trao đổi thư, công hàm trong tháng");
            MEETING_TITLES.put(MeetingKind.HOTLINE_CONTACT, "Liên lạc qua đường dây nóng trong tháng");
            MEETING_TITLES.put(MeetingKind.FRIENDSHIP_EXCHANGE, "Giao lưu hữu nghị, chúc Tết lực lượng bảo vệ biên giới");
        }

        private static final String OUTCOME = "Hai bên trao đổi tình hình, thống nhất phối hợp xác minh đối tượng, "
                + "trao trả người vi phạm và quản lý biên giới, cửa khẩu.";

        private String meetingsSql() {
            StringBuilder titles = new StringBuilder("case x.kind");
            StringBuilder folded = new StringBuilder("case x.kind");
            MEETING_TITLES.forEach((kind, title) -> {
                titles.append(" when '").append(kind.name()).append("' then '").append(title).append('\'');
                folded.append(" when '").append(kind.name()).append("' then '").append(SearchText.fold(title)).append('\'');
            });
            // Letters and hotline contacts, logged as monthly tallies, are the most frequent records; conferences the rarest.
            String kind = """
                    case when r < 35 then 'LETTER_EXCHANGE' when r < 70 then 'HOTLINE_CONTACT' when r < 80 then 'TALKS'
                         when r < 85 then 'FIELD_TALKS' when r < 90 then 'FRIENDSHIP_EXCHANGE' when r < 94 then 'OUTGOING_DELEGATION'
                         when r < 98 then 'INCOMING_DELEGATION' else 'CONFERENCE' end""";
            return fill("""
                    insert into meeting (id, version, created_by, created_at, updated_by, updated_at, kind, title, start_date, end_date,
                        place_country, host_agency_id, our_participants, partner_participants, outcome, event_count, status,
                        cancel_reason, search_text)
                    select {first} + x.i, 0, 'benchmark', {now}, 'benchmark', {now}, x.kind, %s || ' (' || cast(x.i as varchar) || ')',
                        date '2016-01-01' + x.d,
                        date '2016-01-01' + x.d + case when x.tally = 1 then 27 else mod(x.j, 3) end,
                        case when mod(x.j, 2) = 0 then 'VN' else x.country end,
                        {agencies} + 100 * x.p + x.u,
                        case when x.tally = 1 then 0 else 2 + mod(x.j, 9) end,
                        case when x.tally = 1 then 0 else 2 + mod(x.j * 3, 9) end,
                        '%s',
                        case when x.tally = 1 then 1 + mod(x.j * 13, 40) else 1 end,
                        case when mod(x.j, 50) = 7 then 'CANCELLED' else 'RECORDED' end,
                        case when mod(x.j, 50) = 7 then 'Hoãn theo đề nghị của phía bạn' end,
                        %s || ' (' || cast(x.i as varchar) || ') %s'
                    from (
                        select y.*, case when y.kind in ('LETTER_EXCHANGE', 'HOTLINE_CONTACT') then 1 else 0 end as tally
                        from (
                            select s.i, s.p, s.j, pr.country, %s as kind, mod(s.j * 7919 + s.p * 131, 3653) as d,
                                case mod(s.j * 11 + s.p, 10) when 0 then 0 when 1 then 0 when 2 then 0 when 3 then 0 when 4 then 1
                                     when 5 then 1 when 6 then 2 when 7 then 5 + mod(s.j, 3) when 8 then 8 + mod(s.j, 6)
                                     else 3 + mod(s.j, 2) end as u
                            from (select n.*, mod(n.j * 37 + n.p * 11, 100) as r from %s n) s
                            join {pairs} on pr.p = s.p and pr.k = mod(s.j, pr.n)
                        ) y
                    ) x""".formatted(titles.append(" end"), OUTCOME, folded.append(" end"), SearchText.fold(OUTCOME), kind,
                    numbered(meetings)));
        }

        /** Our host, the partner, and for a third of the meetings held by a unit also the provincial police itself. */
        private String meetingAgenciesSql() {
            return fill("""
                    insert into meeting_agency (meeting_id, agency_id, side, country, start_date)
                    select m.id, m.host_agency_id, 'OUR', 'VN', m.start_date from meeting m where m.id >= {first}
                    union all
                    select m.id, pr.partner, 'PARTNER', pr.country, m.start_date from meeting m
                    join {pairs} on pr.p = mod(m.id - {first}, 25) and pr.k = mod((m.id - {first}) / 25, pr.n)
                    where m.id >= {first}
                    union all
                    select m.id, {agencies} + 100 * mod(m.id - {first}, 25), 'OUR', 'VN', m.start_date from meeting m
                    where m.id >= {first} and m.host_agency_id <> {agencies} + 100 * mod(m.id - {first}, 25)
                      and mod((m.id - {first}) / 25, 3) = 0""");
        }

        private String meetingTopicsSql() {
            List<String> fields = names(CooperationField.values());
            return fill("""
                    insert into meeting_topic (meeting_id, field)
                    select m.id, %s from meeting m where m.id >= {first}
                    union all
                    select m.id, %s from meeting m where m.id >= {first} and mod(m.id, 5) = 0""".formatted(
                    choose("mod(m.id * 3, " + fields.size() + ")", fields), choose("mod(m.id * 3 + 5, " + fields.size() + ")", fields)));
        }

        private String agreementsSql() {
            List<String> kinds = names(AgreementKind.values());
            return fill("""
                    insert into cooperation_agreement (id, version, created_by, created_at, updated_by, updated_at, title_vi, kind,
                        reference_number, status, signed_on, signing_place, valid_from, valid_to, summary, status_reason, terminated_on,
                        search_text)
                    select {first} + x.i, 0, 'benchmark', {now}, 'benchmark', {now},
                        'Văn bản hợp tác về bảo đảm an ninh, trật tự khu vực biên giới số ' || cast(x.i as varchar), x.kind,
                        'BM-' || cast(x.i as varchar) || '/HT', x.status,
                        case when x.status <> 'DRAFT' then x.signed end, null,
                        case when x.status <> 'DRAFT' then x.signed end,
                        case when x.status <> 'DRAFT' and mod(x.j, 3) <> 0 then x.signed + 1095 end,
                        'Phối hợp trao đổi thông tin, tuần tra, xác minh và trao trả đối tượng.',
                        case when x.status = 'TERMINATED' then 'Được thay thế bằng văn bản mới' end,
                        case when x.status = 'TERMINATED' then x.signed + 400 end,
                        'van ban hop tac ve bao dam an ninh, trat tu khu vuc bien gioi so ' || cast(x.i as varchar)
                            || ' bm-' || cast(x.i as varchar) || '/ht'
                    from (
                        select s.i, s.j, %s as kind,
                            case mod(s.j, 10) when 0 then 'TERMINATED' when 1 then 'DRAFT' else 'IN_FORCE' end as status,
                            date '2016-01-01' + mod(s.j * 367 + s.p * 17, 3653) as signed
                        from %s s
                    ) x""".formatted(choose("mod(s.j, " + kinds.size() + ")", kinds), numbered(agreements)));
        }

        private String agreementPartiesSql() {
            return fill("""
                    insert into cooperation_agreement_party (agreement_id, list_index, agency_id, country)
                    select a.id, 0, {agencies} + 100 * mod(a.id - {first}, 25), 'VN' from cooperation_agreement a where a.id >= {first}
                    union all
                    select a.id, 1, pr.partner, pr.country from cooperation_agreement a
                    join {pairs} on pr.p = mod(a.id - {first}, 25) and pr.k = mod((a.id - {first}) / 25, pr.n)
                    where a.id >= {first}""");
        }

        private String agreementFieldsSql() {
            List<String> fields = names(CooperationField.values());
            return fill("insert into cooperation_agreement_field (agreement_id, field) select a.id, "
                    + choose("mod(a.id, " + fields.size() + ")", fields) + " from cooperation_agreement a where a.id >= {first}");
        }

        /** Border posts patrol with the partner's units, bilaterally or jointly; district police join joint patrols. */
        private String patrolsSql() {
            String findings = "Đường biên, mốc giới nguyên trạng; tuyên truyền cư dân biên giới không xuất nhập cảnh trái phép.";
            return fill("""
                    insert into patrol (id, version, created_by, created_at, updated_by, updated_at, kind, patrol_date, start_time,
                        end_time, our_agency_id, partner_agency_id, partner_country, segment_from, segment_to, our_personnel,
                        partner_personnel, findings, search_text)
                    select {first} + x.i, 0, 'benchmark', {now}, 'benchmark', {now},
                        case when x.district = 1 or mod(x.j * 7, 5) >= 3 then 'JOINT' else 'BILATERAL' end,
                        date '2016-01-01' + mod(x.j * 7919 + x.p * 131, 3653), time '06:30:00', time '11:00:00',
                        {agencies} + 100 * x.p + case when x.district = 1 then 5 + mod(x.j, 3) else 3 + mod(x.j, 2) end,
                        x.partner, x.country, x.marker_from, x.marker_to, 4 + mod(x.j * 7, 60), 3 + mod(x.j * 11, 50), '%s',
                        x.marker_from || ' ' || x.marker_to || ' %s'
                    from (
                        select s.i, s.p, s.j, pr.partner, pr.country, case when mod(s.j, 5) = 4 then 1 else 0 end as district,
                            cast(100 + mod(s.j, 200) as varchar) || '(' || cast(1 + mod(s.j, 3) as varchar) || ')' as marker_from,
                            cast(103 + mod(s.j, 200) as varchar) || '(' || cast(1 + mod(s.j * 7, 3) as varchar) || ')' as marker_to
                        from %s s
                        join {pairs} on pr.p = s.p and pr.k = mod(s.j, pr.n)
                    ) x""".formatted(findings, SearchText.fold(findings), numbered(patrols)));
        }

        private String casesSql() {
            // Drugs and illegal entry are the most frequent categories; terrorism the rarest.
            String category = """
                    case when r < 6 then 'DRUGS' when r < 8 then 'HUMAN_TRAFFICKING' when r < 12 then 'ILLEGAL_ENTRY_EXIT'
                         when r < 13 then 'COUNTERFEIT_CURRENCY' when r < 16 then 'SMUGGLING' when r < 17 then 'FRAUD'
                         when r < 18 then 'CYBERCRIME' when r < 19 then 'WANTED_PERSON'
                         when mod(j, 10) = 0 then 'TERRORISM' else 'OTHER' end""";
            List<String> statuses = names(CaseStatus.values());
            return fill("""
                    insert into case_file (id, version, created_by, created_at, updated_by, updated_at, category, our_reference,
                        partner_reference, opened_on, status, status_since, lead_agency_id, subjects, victims, summary, search_text)
                    select {first} + x.i, 0, 'benchmark', {now}, 'benchmark', {now}, x.category, 'BM-' || cast(x.i as varchar) || '/VV',
                        case when mod(x.j, 3) = 0 then 'P-' || cast(x.i as varchar) end,
                        date '2016-01-01' + x.d, x.status,
                        date '2016-01-01' + x.d + case when x.status = 'INFORMATION_EXCHANGED' then 0 else 10 + mod(x.j, 200) end,
                        {agencies} + 100 * x.p + case mod(x.j, 10) when 0 then 0 when 1 then 1 when 2 then 1 when 3 then 5
                            when 4 then 6 when 5 then 7 else 2 end,
                        1 + mod(x.j * 3, 5), case when x.category = 'HUMAN_TRAFFICKING' then 1 + mod(x.j, 4) else 0 end,
                        'Phối hợp với phía bạn xác minh, truy bắt đối tượng.',
                        'bm-' || cast(x.i as varchar) || '/vv phoi hop voi phia ban xac minh, truy bat doi tuong.'
                    from (
                        select s.i, s.p, s.j, %s as category, %s as status, mod(s.j * 7919 + s.p * 131, 3653) as d
                        from (select n.*, mod(n.j * 13 + n.p, 20) as r from %s n) s
                    ) x""".formatted(category, choose("mod(s.j * 7, " + statuses.size() + ")", statuses), numbered(cases)));
        }

        /**
         * The partner of the case, and a second one for a quarter of the cases of a province with several partners
         * (chosen by {@code j / 7}, so that it does not coincide with the first partner, which {@code j mod n} chooses).
         */
        private String casePartnersSql() {
            return fill("""
                    insert into case_file_partner (case_file_id, position, agency_id, country, opened_on)
                    select c.id, 0, pr.partner, pr.country, c.opened_on from case_file c
                    join {pairs} on pr.p = mod(c.id - {first}, 25) and pr.k = mod((c.id - {first}) / 25, pr.n)
                    where c.id >= {first}
                    union all
                    select c.id, 1, pr.partner, pr.country, c.opened_on from case_file c
                    join {pairs} on pr.p = mod(c.id - {first}, 25) and pr.k = mod((c.id - {first}) / 25 + 1, pr.n)
                    where c.id >= {first} and pr.n > 1 and mod((c.id - {first}) / 25 / 7, 4) = 0""");
        }

        private String caseStatusesSql() {
            return fill("""
                    insert into case_file_status (case_file_id, position, status, changed_on, note)
                    select c.id, 0, 'INFORMATION_EXCHANGED', c.opened_on, 'Tiếp nhận thông tin từ phía bạn' from case_file c
                    where c.id >= {first}
                    union all
                    select c.id, 1, c.status, c.status_since, null from case_file c
                    where c.id >= {first} and c.status <> 'INFORMATION_EXCHANGED'""");
        }

        /**
         * One seizure for every case and a second for every other one, the item fitting the category. Quantities are
         * exact decimals in a unit the item allows (grams for a third of the weighed ones), the canonical quantity the same
         * in the canonical unit (grams / 1000 = kilograms).
         */
        private String seizuresSql() {
            return fill("""
                    insert into case_file_seizure (case_file_id, position, item, quantity, unit, canonical_quantity, canonical_unit,
                        description)
                    select y.id, y.pos, y.item, y.quantity, y.unit,
                        case when y.unit = 'G' then cast(y.quantity / 1000 as numeric(21, 6)) else y.quantity end,
                        case when y.unit = 'G' then 'KG' else y.unit end, null
                    from (
                        select x.id, x.pos, x.item,
                            case when x.item in ('HEROIN', 'SYNTHETIC_DRUGS', 'CRYSTAL_METHAMPHETAMINE')
                                      or (x.item = 'OTHER' and x.weighed = 1) then
                                     case when mod(x.id, 3) = 0 then 'G' else 'KG' end
                                 when x.item = 'SYNTHETIC_DRUG_PILLS' then 'PILL'
                                 when x.item = 'COUNTERFEIT_VND' then 'VND'
                                 when x.item = 'OTHER' and mod(x.id, 4) = 1 then 'CAKE'
                                 else 'PIECE' end as unit,
                            case when x.item in ('HEROIN', 'SYNTHETIC_DRUGS', 'CRYSTAL_METHAMPHETAMINE')
                                      or (x.item = 'OTHER' and x.weighed = 1) then
                                     case when mod(x.id, 3) = 0 then cast(1 + mod(x.id * 7, 999) as numeric(18, 3)) + cast(0.5 as numeric(18, 3))
                                          else cast(1 + mod(x.id * 7919, 50000) as numeric(18, 3)) / 1000 end
                                 when x.item = 'SYNTHETIC_DRUG_PILLS' then cast(100 + mod(x.id * 7919, 20000) as numeric(18, 3))
                                 when x.item = 'COUNTERFEIT_VND' then cast(10000 * (50 + mod(x.id, 5000)) as numeric(18, 3))
                                 else cast(1 + mod(x.id, 20) as numeric(18, 3)) end as quantity
                        from (
                            select c.id, ps.pos, case when mod(c.id, 2) = 0 then 1 else 0 end as weighed,
                                case when ps.pos = 1 then case when mod(c.id, 4) = 0 then 'VEHICLES' else 'PHONES' end
                                     when c.category = 'DRUGS' then
                                          case mod(c.id, 4) when 0 then 'HEROIN' when 1 then 'SYNTHETIC_DRUG_PILLS'
                                                            when 2 then 'SYNTHETIC_DRUGS' else 'CRYSTAL_METHAMPHETAMINE' end
                                     when c.category = 'COUNTERFEIT_CURRENCY' then 'COUNTERFEIT_VND'
                                     when c.category in ('TERRORISM', 'WANTED_PERSON') then
                                          case when mod(c.id, 2) = 0 then 'WEAPONS' else 'AMMUNITION' end
                                     when c.category = 'SMUGGLING' then 'OTHER'
                                     else 'PHONES' end as item
                            from case_file c
                            join generate_series(0, 1) as ps(pos) on ps.pos = 0 or mod(c.id, 2) = 0
                            where c.id >= {first}
                        ) x
                    ) y""");
        }

        /**
         * Handovers of persons (nine in ten) or goods. Persons are counted as {@code quantity}: one or two wanted
         * fugitives, two to twelve in the other person categories; citizens received are Vietnamese, persons handed
         * over are of the partner's country.
         */
        private String handoversSql() {
            String category = """
                    case when r < 2 then 'WANTED_FUGITIVE' when r < 9 then 'ILLEGAL_ENTRANT'
                         when r < 15 then 'CITIZEN_NOT_PERMITTED_TO_RESIDE' when r < 17 then 'SUSPECTED_TRAFFICKING_VICTIM'
                         when r < 18 then 'OTHER_PERSON' when r < 19 then 'PROPERTY' else 'AID_ASSET' end""";
            return fill("""
                    insert into handover (id, version, created_by, created_at, updated_by, updated_at, direction, category,
                        handover_date, our_agency_id, partner_agency_id, partner_country, quantity, nationality, legal_basis_kind,
                        legal_basis_reference, notes)
                    select {first} + x.i, 0, 'benchmark', {now}, 'benchmark', {now}, x.direction, x.category,
                        date '2016-01-01' + mod(x.j * 7919 + x.p * 131, 3653),
                        {agencies} + 100 * x.p + case mod(x.j, 10) when 0 then 1 when 1 then 1 when 2 then 1 when 3 then 5
                            when 4 then 6 when 5 then 4 when 6 then 4 else 3 end,
                        x.partner, x.country,
                        case when x.category = 'WANTED_FUGITIVE' then 1 + mod(x.j, 2)
                             when x.category in ('PROPERTY', 'AID_ASSET') then 1 + mod(x.j, 20)
                             else 2 + mod(x.j * 7, 11) end,
                        case when x.category in ('PROPERTY', 'AID_ASSET') then null
                             when x.direction = 'RECEIVED' then 'VN' else x.country end,
                        case when x.category = 'WANTED_FUGITIVE' then 'WANTED_NOTICE' when mod(x.j, 3) = 0 then 'AGREEMENT'
                             when mod(x.j, 3) = 1 then 'DIPLOMATIC_NOTE' end,
                        case when x.category = 'WANTED_FUGITIVE' then 'TN-' || cast(x.i as varchar)
                             when mod(x.j, 3) = 1 then 'CH-' || cast(x.i as varchar) end,
                        null
                    from (
                        select s.i, s.p, s.j, pr.partner, pr.country, %s as category,
                            case when mod(s.j, 3) = 0 then 'HANDED_OVER' else 'RECEIVED' end as direction
                        from (select n.*, mod(n.j * 17 + n.p, 20) as r from %s n) s
                        join {pairs} on pr.p = s.p and pr.k = mod(s.j, pr.n)
                    ) x""".formatted(category, numbered(handovers)));
        }

        /** The list of every person handover: as many persons as its quantity, numbered from 1. */
        private String personsSql() {
            List<String> persons = Arrays.stream(HandoverCategory.values()).filter(HandoverCategory::persons)
                    .map(category -> "'" + category.name() + "'").toList();
            String vietnameseSurname = choose("mod(h.id + s.n, 10)",
                    List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"));
            String vietnameseGiven = choose("mod(h.id * 7 + s.n * 3, 10)",
                    List.of("An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Lan", "Minh", "Phương", "Tuấn"));
            String foreign = "case h.nationality when 'CN' then " + choose("mod(h.id * 7 + s.n * 3, 8)",
                    List.of("Wang Wei", "Li Na", "Zhang Wei", "Liu Yang", "Chen Jie", "Yang Fang", "Huang Min", "Zhao Lei"))
                    + " when 'LA' then " + choose("mod(h.id * 7 + s.n * 3, 6)",
                    List.of("Somsak Phommavong", "Bounmy Keosavang", "Khamla Sisouk", "Vanh Inthavong", "Noy Phanthavong",
                            "Souk Vongsa"))
                    + " else " + choose("mod(h.id * 7 + s.n * 3, 6)",
                    List.of("Sok Dara", "Chan Sophal", "Kim Sreymom", "Heng Vuthy", "Touch Bopha", "Meas Rith")) + " end";
            return fill("""
                    insert into handover_person (id, handover_id, seq_no, full_name, sex, birth_year, nationality, identity_document,
                        wanted_notice_reference)
                    select {persons} + 16 * (h.id - {first}) + s.n, h.id, s.n,
                        case when h.nationality = 'VN'
                             then %s || case when mod(h.id + s.n, 2) = 0 then ' Văn ' else ' Thị ' end || %s
                             else %s end,
                        case when mod(h.id + s.n, 2) = 0 then 'MALE' else 'FEMALE' end,
                        1960 + mod(h.id * 3 + s.n * 7, 46), h.nationality,
                        case when h.nationality = 'VN' then lpad(cast(mod(h.id * 131 + s.n * 17, 1000000000) as varchar), 12, '0')
                             else 'E' || lpad(cast(mod(h.id * 137 + s.n * 19, 10000000) as varchar), 8, '0') end,
                        case when h.category = 'WANTED_FUGITIVE' then h.legal_basis_reference end
                    from handover h
                    join generate_series(1, 12) as s(n) on s.n <= h.quantity
                    where h.id >= {first} and h.category in (%s)""".formatted(vietnameseSurname, vietnameseGiven, foreign,
                    String.join(", ", persons)));
        }
    }
}
