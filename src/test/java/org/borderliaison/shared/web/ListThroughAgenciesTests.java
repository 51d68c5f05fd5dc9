package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.borderliaison.shared.ListPage;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.ApiListPages;
import org.borderliaison.support.IntegrationTest;
import org.borderliaison.support.StatementLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The patrol and handover lists of a few agencies (a provincial reader's scope, a partner, our units) are read from the
 * rows of those agencies in date order (ListQueries.Through, CandidatePages). They must hold exactly the rows the
 * ordinary query gives: every matching record once (also one whose both agencies are in the scope), by date and then
 * id, forwards and backwards by cursor and by page number, nothing outside the scope; also when the newest rows of
 * those agencies are more than the reading goes through before it hands over to the ordinary query.
 */
class ListThroughAgenciesTests extends IntegrationTest {

    private static final long LANG_SON = 14;
    private static final long VAN_LANG = 15;
    private static final long XIANGKHOUANG = 53;
    private static final long GUANGXI = 38;
    private static final int PAGE = 50;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    private SignedInUser langSonViewer;
    private SignedInUser laoCaiViewer;
    private SignedInUser ministryViewer;
    private long laoCai;

    @BeforeEach
    void accounts() {
        langSonViewer = fixtures.account("through-viewer-ls", "VN-LS-CA", Role.VIEWER);
        laoCaiViewer = fixtures.account("through-viewer-lc", "VN-LC-CA", Role.VIEWER);
        ministryViewer = fixtures.account("through-viewer-v02", "V02", Role.VIEWER);
        laoCai = fixtures.agency("VN-LC-CA").id();
    }

    /** Other classes count Lạng Sơn's patrols and handovers in the same database: these leave none behind. */
    @AfterEach
    void removeRows() {
        jdbc.update("delete from patrol where id >= 700000000");
        jdbc.update("delete from handover where id >= 700000000");
        jdbc.update("delete from case_file_partner where case_file_id >= 700000000");
        jdbc.update("delete from case_file where id >= 700000000");
    }

    @Test
    void patrolListsOfAFewAgenciesGiveTheRowsOfTheOrdinaryQueryInItsOrder() throws Exception {
        String token = "through" + UUID.randomUUID().toString().substring(0, 8);
        List<Inserted> patrols = insertPatrols(token);
        Map<String, String> in1985 = Map.of("from", "1985-01-01", "to", "1985-12-31");
        Map<String, String> text = Map.of("q", token);

        List<Long> newestFirst = ids(patrols, patrol -> true);
        assertThat(forwards("/api/v1/patrols", langSonViewer, in1985)).isEqualTo(newestFirst);
        assertThat(byNumber("/api/v1/patrols", langSonViewer, in1985)).isEqualTo(newestFirst);
        assertThat(backwards("/api/v1/patrols", langSonViewer, in1985, newestFirst.size())).isEqualTo(newestFirst);

        // The partner filter: 2,000 newer patrols of Lào Cai with Guangxi are rejected by the dates.
        assertThat(forwards("/api/v1/patrols", ministryViewer, with(in1985, "partnerAgencyId", GUANGXI)))
                .isEqualTo(ids(patrols, patrol -> patrol.partner() == GUANGXI));
        assertThat(forwards("/api/v1/patrols", langSonViewer, with(in1985, "partnerAgencyId", XIANGKHOUANG)))
                .isEqualTo(ids(patrols, patrol -> patrol.partner() == XIANGKHOUANG));
        assertThat(forwards("/api/v1/patrols", ministryViewer, with(in1985, "ourAgencyId", VAN_LANG)))
                .isEqualTo(ids(patrols, patrol -> patrol.our() == VAN_LANG));
        // Read through the agencies' rows: the candidates are dates and ids, not whole patrols.
        StatementLog.Recorded first = StatementLog.during(() -> read(list("/api/v1/patrols", langSonViewer, in1985, 0)));
        assertThat(first.statements()).filteredOn(sql -> sql.matches("(?s)select \\w+\\.patrol_date,\\w+\\.id from patrol.*"))
                .hasSize(2);

        // A text is searched by its own index (the ordinary query): the same rows.
        assertThat(forwards("/api/v1/patrols", langSonViewer, text)).isEqualTo(newestFirst);
        // A free-text search counts to the next hundred: 330 match, the first page says "more than 100".
        JsonNode firstPage = read(list("/api/v1/patrols", langSonViewer, text, 0));
        assertThat(firstPage.get("totalExact").asBoolean()).isFalse();
        assertThat(firstPage.get("totalElements").asLong()).isEqualTo(101);
        JsonNode lastPage = read(list("/api/v1/patrols", langSonViewer, text, 6));
        assertThat(lastPage.get("totalExact").asBoolean()).isTrue();
        assertThat(lastPage.get("totalElements").asLong()).isEqualTo(330);

        assertThat(forwards("/api/v1/patrols", laoCaiViewer, text)).isEmpty();
        // 330 match: more than a rare text (ListQueries.RARE_TEXT), so the page is the ordinary query's, not among ids.
        StatementLog.Recorded common = StatementLog.during(() -> read(list("/api/v1/patrols", ministryViewer, text, 0)));
        assertThat(common.statements()).filteredOn(sql -> sql.matches("(?s)select \\w+\\.id,.* from patrol .*"))
                .hasSize(1).noneMatch(sql -> sql.contains(".id in ("));

        countedFromTheAgenciesRows("/api/v1/patrols", "patrol");
    }

    /**
     * A rare text (at most ListQueries.RARE_TEXT rows) is read among the rows its index names: the same rows, order and
     * totals as the ordinary query, for the ministry and a province, by cursor and by page number.
     */
    @Test
    void aRareTextIsReadAmongTheRowsItMatches() throws Exception {
        String token = "rare" + UUID.randomUUID().toString().substring(0, 8);
        List<Inserted> patrols = insertPatrols("common" + UUID.randomUUID().toString().substring(0, 8));
        List<Inserted> marked = patrols.stream().filter(patrol -> (patrol.id() - patrols.get(0).id()) % 2 == 0).toList();
        // 165 of the 330: rare enough, and more than the hundred a text search counts to.
        marked.forEach(patrol -> jdbc.update("update patrol set search_text = search_text || ? where id = ?", " " + token, patrol.id()));
        Map<String, String> text = Map.of("q", token);
        List<Long> newestFirst = ids(marked, patrol -> true);
        assertThat(newestFirst).hasSize(165);

        for (SignedInUser who : List.of(ministryViewer, langSonViewer)) {
            assertThat(forwards("/api/v1/patrols", who, text)).isEqualTo(newestFirst);
            assertThat(byNumber("/api/v1/patrols", who, text)).isEqualTo(newestFirst);
            assertThat(backwards("/api/v1/patrols", who, text, newestFirst.size())).isEqualTo(newestFirst);
        }
        assertThat(forwards("/api/v1/patrols", ministryViewer, with(text, "partnerAgencyId", XIANGKHOUANG)))
                .isEqualTo(ids(marked, patrol -> patrol.partner() == XIANGKHOUANG));
        assertThat(forwards("/api/v1/patrols", laoCaiViewer, text)).isEmpty();

        // Counted as a text search is: "more than 100" on the first page, 165 exactly on the last.
        StatementLog.Recorded first = StatementLog.during(() -> {
            JsonNode page = read(list("/api/v1/patrols", ministryViewer, text, 0));
            assertThat(page.get("totalExact").asBoolean()).isFalse();
            assertThat(page.get("totalElements").asLong()).isEqualTo(101);
            return page;
        });
        JsonNode lastPage = read(list("/api/v1/patrols", ministryViewer, text, 3));
        assertThat(lastPage.get("totalExact").asBoolean()).isTrue();
        assertThat(lastPage.get("totalElements").asLong()).isEqualTo(165);
        // The ids of the text first, then the page among them.
        assertThat(first.statements())
                .filteredOn(sql -> sql.matches("(?s)select \\w+\\.id from patrol \\w+ where \\w+\\.search_text like .*")).hasSize(1);
        assertThat(first.statements()).filteredOn(sql -> sql.matches("(?s)select \\w+\\.id,.* from patrol .*")).hasSize(1)
                .allMatch(sql -> sql.contains(".id in ("));

        // A case's reference: one case, through the same reading.
        List<Inserted> cases = insertCases();
        Inserted one = cases.get(7);
        assertThat(forwards("/api/v1/cases", langSonViewer, Map.of("q", "case-" + one.id()))).containsExactly(one.id());
        assertThat(forwards("/api/v1/cases", ministryViewer, Map.of("q", "case-" + one.id()))).containsExactly(one.id());
        assertThat(forwards("/api/v1/cases", ministryViewer, Map.of("q", "case-" + one.id() + "x"))).isEmpty();
    }

    /**
     * Past a page of a list that asks nothing but the scope, the rest is counted from the agencies' rows (a record of
     * Lạng Sơn with Văn Lãng once): the total the pages give, and not a row of the table read to count it.
     */
    private void countedFromTheAgenciesRows(String path, String table) throws Exception {
        List<Long> all = forwards(path, langSonViewer, Map.of());
        int secondLast = (all.size() - 1) / PAGE - 1;
        StatementLog.Recorded counted = StatementLog.during(() -> {
            JsonNode page = read(list(path, langSonViewer, Map.of(), secondLast));
            assertThat(page.get("totalExact").asBoolean()).isTrue();
            assertThat(page.get("totalElements").asLong()).isEqualTo(all.size());
            return page;
        });
        assertThat(counted.statements()).filteredOn(sql -> sql.startsWith("select 1 from " + table)).isEmpty();
        assertThat(counted.statements()).filteredOn(sql -> sql.matches("(?s)select \\w+\\.id from " + table + " .*")).hasSize(2);
    }

    @Test
    void handoverListsOfAFewAgenciesGiveTheRowsOfTheOrdinaryQueryInItsOrder() throws Exception {
        List<Inserted> handovers = insertHandovers();
        Map<String, String> in1985 = Map.of("from", "1985-01-01", "to", "1985-12-31");

        List<Long> newestFirst = ids(handovers, handover -> true);
        assertThat(forwards("/api/v1/handovers", langSonViewer, in1985)).isEqualTo(newestFirst);
        assertThat(byNumber("/api/v1/handovers", langSonViewer, in1985)).isEqualTo(newestFirst);
        assertThat(backwards("/api/v1/handovers", langSonViewer, in1985, newestFirst.size())).isEqualTo(newestFirst);
        // Not a text search: counted exactly up to a thousand.
        JsonNode firstPage = read(list("/api/v1/handovers", langSonViewer, in1985, 0));
        assertThat(firstPage.get("totalExact").asBoolean()).isTrue();
        assertThat(firstPage.get("totalElements").asLong()).isEqualTo(newestFirst.size());

        // The partner filter: Guangxi's 2,000 newer records (of Lào Cai) come first in its rows and are rejected by the dates.
        assertThat(forwards("/api/v1/handovers", ministryViewer, with(in1985, "partnerAgencyId", GUANGXI)))
                .isEqualTo(ids(handovers, handover -> handover.partner() == GUANGXI));
        assertThat(forwards("/api/v1/handovers", langSonViewer, with(in1985, "partnerAgencyId", GUANGXI)))
                .isEqualTo(ids(handovers, handover -> handover.partner() == GUANGXI));
        assertThat(forwards("/api/v1/handovers", langSonViewer, with(in1985, "direction", "RECEIVED")))
                .isEqualTo(ids(handovers, Inserted::received));

        assertThat(forwards("/api/v1/handovers", laoCaiViewer, in1985)).isEmpty();

        countedFromTheAgenciesRows("/api/v1/handovers", "handover");
    }

    /**
     * Cases belong to their lead agency and to each partner: a reader's scope and the partner filter read them from the
     * cases' lead agencies and from the partner links (which carry the case's date, V107). A case of Lào Cai with
     * Văn Lãng among its partners is Lạng Sơn's through that link alone (the rule of the list, whatever the form allows).
     */
    @Test
    void caseListsOfAFewAgenciesGiveTheRowsOfTheOrdinaryQueryInItsOrder() throws Exception {
        List<Inserted> cases = insertCases();
        Map<String, String> in1985 = Map.of("openedFrom", "1985-01-01", "openedTo", "1985-12-31");
        Map<String, String> sorted = Map.of("sort", "openedOn,desc");

        List<Long> newestFirst = ids(cases, row -> true);
        assertThat(forwards("/api/v1/cases", langSonViewer, with(in1985, "sort", "openedOn,desc"))).isEqualTo(newestFirst);
        assertThat(byNumber("/api/v1/cases", langSonViewer, with(in1985, "sort", "openedOn,desc"))).isEqualTo(newestFirst);
        assertThat(backwards("/api/v1/cases", langSonViewer, with(in1985, "sort", "openedOn,desc"), newestFirst.size()))
                .isEqualTo(newestFirst);
        // Some of them only through a partner link.
        assertThat(ids(cases, row -> row.our() == laoCai)).isNotEmpty().isSubsetOf(newestFirst);

        // The partner filter: Guangxi's 2,000 newer cases (of Lào Cai) come first in its links and are rejected by the dates.
        assertThat(forwards("/api/v1/cases", ministryViewer, with(with(in1985, "sort", "openedOn,desc"), "partnerAgencyId", GUANGXI)))
                .isEqualTo(ids(cases, row -> row.partner() == GUANGXI));
        assertThat(forwards("/api/v1/cases", langSonViewer, with(with(in1985, "sort", "openedOn,desc"), "partnerAgencyId", XIANGKHOUANG)))
                .isEqualTo(ids(cases, row -> row.partner() == XIANGKHOUANG));
        assertThat(forwards("/api/v1/cases", ministryViewer, with(with(in1985, "sort", "openedOn,desc"), "partnerAgencyId", VAN_LANG)))
                .isEqualTo(ids(cases, Inserted::received));
        // Read through the agencies' rows: the candidates are dates and ids, from the cases and from the partner links.
        StatementLog.Recorded first = StatementLog.during(() -> read(list("/api/v1/cases", langSonViewer, with(in1985, "sort",
                "openedOn,desc"), 0)));
        assertThat(first.statements()).filteredOn(sql -> sql.matches("(?s)select \\w+\\.opened_on,\\w+\\.id from case_file .*"))
                .isNotEmpty();
        assertThat(first.statements())
                .filteredOn(sql -> sql.matches("(?s)select (distinct )?\\w+\\.opened_on,\\w+\\.case_file_id from case_file_partner .*"))
                .isNotEmpty();

        assertThat(forwards("/api/v1/cases", laoCaiViewer, with(in1985, "sort", "openedOn,desc")))
                .isEqualTo(ids(cases, row -> row.our() == laoCai));

        // A partner's condition and the scope's partner links are asked of the case's partner rows alone (CasePartnerLink),
        // not of the case joined once more: the same rows and the plain SQL's total.
        assertThat(forwards("/api/v1/cases", langSonViewer, with(with(in1985, "sort", "openedOn,desc"), "partnerCountry", "LA")))
                .isEqualTo(ids(cases, row -> row.partner() == XIANGKHOUANG));
        long plain = jdbc.queryForObject("select count(*) from case_file c where exists (select 1 from case_file_partner p "
                + "where p.case_file_id = c.id and p.agency_id = ?) and (c.lead_agency_id in (select id from agency where path like "
                + "(select path from agency where id = ?) || '%') or exists (select 1 from case_file_partner s where s.case_file_id = c.id "
                + "and s.agency_id in (select id from agency where path like (select path from agency where id = ?) || '%')))",
                Long.class, GUANGXI, LANG_SON, LANG_SON);
        StatementLog.Recorded withPartner = StatementLog.during(() -> {
            JsonNode page = read(list("/api/v1/cases", langSonViewer, Map.of("sort", "openedOn,desc", "partnerAgencyId",
                    String.valueOf(GUANGXI)), 0));
            assertThat(page.get("totalElements").asLong()).isEqualTo(Math.min(plain, ListPage.COUNT_STEP + 1));
            return page;
        });
        assertThat(withPartner.statements()).filteredOn(sql -> sql.contains("case_file_partner")).isNotEmpty()
                .noneMatch(sql -> sql.matches("(?s).*join case_file_partner.*"));

        // Past a page of the scope alone, the rest is counted from the leads and the links: the pages' total.
        List<Long> all = forwards("/api/v1/cases", langSonViewer, sorted);
        int secondLast = (all.size() - 1) / PAGE - 1;
        StatementLog.Recorded counted = StatementLog.during(() -> {
            JsonNode page = read(list("/api/v1/cases", langSonViewer, sorted, secondLast));
            assertThat(page.get("totalExact").asBoolean()).isTrue();
            assertThat(page.get("totalElements").asLong()).isEqualTo(all.size());
            return page;
        });
        assertThat(counted.statements()).filteredOn(sql -> sql.startsWith("select 1 from case_file")).isEmpty();
    }

    private static Map<String, String> with(Map<String, String> filter, String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(filter);
        more.put(name, String.valueOf(value));
        return more;
    }

    private List<Long> forwards(String path, SignedInUser who, Map<String, String> filter) throws Exception {
        return pages(path).forwards(who, filter);
    }

    private List<Long> byNumber(String path, SignedInUser who, Map<String, String> filter) throws Exception {
        return pages(path).byNumber(who, filter);
    }

    private List<Long> backwards(String path, SignedInUser who, Map<String, String> filter, int total) throws Exception {
        return pages(path).backwards(who, filter, total);
    }

    private MockHttpServletRequestBuilder list(String path, SignedInUser who, Map<String, String> filter, int page) {
        return pages(path).page(who, filter, page);
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return pages("").read(request);
    }

    private ApiListPages pages(String path) {
        return new ApiListPages(mvc, json, path, PAGE);
    }

    private static List<Long> ids(List<Inserted> rows, Predicate<Inserted> which) {
        Comparator<Inserted> order = Comparator.comparing(Inserted::date).thenComparing(Inserted::id);
        return rows.stream().filter(which).sorted(order.reversed()).map(Inserted::id).toList();
    }

    private record Inserted(long id, LocalDate date, long our, long partner, boolean received) {
    }

    /**
     * 330 rows of Lạng Sơn in 1985 (three a day, so that the id orders a day; Văn Lãng ours in every fourth, partner in
     * every tenth: both agencies of the scope), and 2,000 newer ones of Lào Cai with Guangxi: more rows of Guangxi before
     * the first match than the reading through the agencies goes through.
     */
    private List<Inserted> rows(long firstId) {
        List<Inserted> rows = new ArrayList<>();
        for (int i = 0; i < 2330; i++) {
            boolean ours = i < 330;
            LocalDate date = ours ? LocalDate.of(1985, 1, 1).plusDays(i / 3) : LocalDate.of(1986, 1, 1).plusDays(i / 4);
            long our = !ours ? laoCai : i % 4 == 0 ? VAN_LANG : LANG_SON;
            long partner = ours && i % 10 == 5 ? VAN_LANG : ours && i % 2 == 1 ? XIANGKHOUANG : GUANGXI;
            rows.add(new Inserted(firstId + i, date, our, partner, i % 3 == 0));
        }
        return rows;
    }

    private List<Inserted> insertPatrols(String token) {
        long first = nextId("patrol");
        Timestamp now = Timestamp.from(Instant.now());
        List<Inserted> rows = rows(first);
        List<Object[]> values = new ArrayList<>();
        for (Inserted row : rows) {
            boolean ours = row.id() - first < 330;
            String searchText = ours ? "100(2) " + token : "100(2) other";
            values.add(new Object[] {row.id(), now, now, Date.valueOf(row.date()), row.our(), row.partner(), country(row.partner()),
                    searchText});
        }
        jdbc.batchUpdate("insert into patrol (id, version, created_by, created_at, updated_by, updated_at, kind, patrol_date, "
                + "our_agency_id, partner_agency_id, partner_country, segment_from, our_personnel, partner_personnel, search_text) "
                + "values (?, 0, 'test', ?, 'test', ?, 'BILATERAL', ?, ?, ?, ?, '100(2)', 2, 2, ?)", values);
        return rows.subList(0, 330);
    }

    private List<Inserted> insertHandovers() {
        long first = nextId("handover");
        Timestamp now = Timestamp.from(Instant.now());
        List<Inserted> rows = rows(first);
        List<Object[]> values = new ArrayList<>();
        for (Inserted row : rows) {
            values.add(new Object[] {row.id(), now, now, row.received() ? "RECEIVED" : "HANDED_OVER", Date.valueOf(row.date()), row.our(),
                    row.partner(), country(row.partner())});
        }
        jdbc.batchUpdate("insert into handover (id, version, created_by, created_at, updated_by, updated_at, direction, category, "
                + "handover_date, our_agency_id, partner_agency_id, partner_country, quantity) "
                + "values (?, 0, 'test', ?, 'test', ?, ?, 'ILLEGAL_ENTRANT', ?, ?, ?, ?, 1)", values);
        return rows.subList(0, 330);
    }

    /**
     * The rows of {@link #rows} as cases: the lead agency is "our" agency and the partner the first partner link; every
     * tenth of Lạng Sơn's (marked {@code received}) has Văn Lãng as a second partner, and so has every fifth of the rows
     * from the 7th, led by Lào Cai (Lạng Sơn's through that link only; every other one also has Lạng Sơn as a third).
     * Only Lạng Sơn's rows are returned (with those).
     */
    private List<Inserted> insertCases() {
        long first = nextId("case_file");
        Timestamp now = Timestamp.from(Instant.now());
        List<Inserted> rows = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        List<Object[]> partners = new ArrayList<>();
        for (Inserted row : rows(first)) {
            int i = (int) (row.id() - first);
            boolean ours = i < 330;
            boolean throughLink = ours && i % 5 == 2;
            long lead = throughLink ? laoCai : row.our();
            long partner = row.partner() == VAN_LANG ? GUANGXI : row.partner();
            boolean vanLang = ours && (i % 10 == 5 || throughLink);
            Inserted inserted = new Inserted(row.id(), row.date(), lead, partner, vanLang);
            if (ours) {
                rows.add(inserted);
            }
            values.add(new Object[] {row.id(), now, now, "CASE-" + row.id(), Date.valueOf(row.date()), Date.valueOf(row.date()), lead,
                    "case-" + row.id()});
            partners.add(new Object[] {row.id(), 0, partner, country(partner), Date.valueOf(row.date())});
            if (vanLang) {
                partners.add(new Object[] {row.id(), 1, VAN_LANG, "VN", Date.valueOf(row.date())});
            }
            if (throughLink && i % 10 == 7) {
                // Two links among Lạng Sơn's agencies: one candidate, listed once.
                partners.add(new Object[] {row.id(), 2, LANG_SON, "VN", Date.valueOf(row.date())});
            }
        }
        jdbc.batchUpdate("insert into case_file (id, version, created_by, created_at, updated_by, updated_at, category, our_reference, "
                + "opened_on, status, status_since, lead_agency_id, subjects, victims, search_text) "
                + "values (?, 0, 'test', ?, 'test', ?, 'OTHER', ?, ?, 'INFORMATION_EXCHANGED', ?, ?, 1, 0, ?)", values);
        jdbc.batchUpdate("insert into case_file_partner (case_file_id, position, agency_id, country, opened_on) values (?, ?, ?, ?, ?)",
                partners);
        return rows;
    }

    private static String country(long partner) {
        return partner == GUANGXI ? "CN" : partner == XIANGKHOUANG ? "LA" : "VN";
    }

    /** Far above the ids the application hands out, and after any rows inserted there before. */
    private long nextId(String table) {
        Long next = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table + " where id >= 700000000", Long.class);
        return Math.max(next, 700_000_000L);
    }
}
