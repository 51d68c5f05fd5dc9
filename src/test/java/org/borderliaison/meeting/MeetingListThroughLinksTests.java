package org.borderliaison.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SearchText;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.ApiListPages;
import org.borderliaison.support.IntegrationTest;
import org.borderliaison.support.StatementLog;
import org.borderliaison.support.StatementLog.Recorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The meeting list restricted to agencies (a provincial reader's scope, our agencies, a partner) is read through the
 * agencies' links in date order (MeetingsThroughLinks). These lists must hold exactly the rows the ordinary query
 * gives: every matching meeting once, by date and then id, forwards and backwards by cursor and by page number, a
 * meeting linked to two agencies of the scope once, nothing outside the scope; also when the newest links of those
 * agencies belong to more meetings than the reading goes through before it hands over to the ordinary query.
 */
class MeetingListThroughLinksTests extends IntegrationTest {

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

    @BeforeEach
    void accounts() {
        langSonViewer = fixtures.account("links-viewer-ls", "VN-LS-CA", Role.VIEWER);
        laoCaiViewer = fixtures.account("links-viewer-lc", "VN-LC-CA", Role.VIEWER);
        ministryViewer = fixtures.account("links-viewer-v02", "V02", Role.VIEWER);
    }

    @Test
    void restrictedListsGiveTheSameRowsInTheSameOrderAsTheOrdinaryQuery() throws Exception {
        String token = "throughlinks" + UUID.randomUUID().toString().substring(0, 8);
        List<Inserted> meetings = insert(token);

        List<Long> newestFirst = ids(meetings, meeting -> true, true);
        // The reader's scope: Lạng Sơn and Văn Lãng both take part in every fourth meeting, which is listed once.
        assertThat(forwards(langSonViewer, Map.of("text", token))).isEqualTo(newestFirst);
        assertThat(byNumber(langSonViewer, Map.of("text", token))).isEqualTo(newestFirst);
        assertThat(backwards(langSonViewer, Map.of("text", token), newestFirst.size())).isEqualTo(newestFirst);
        assertThat(forwards(langSonViewer, Map.of("text", token, "sort", "date"))).isEqualTo(ids(meetings, meeting -> true, false));

        // Partner filters: 2,000 newer meetings with Guangxi are rejected by the text; Xiangkhouang's are only these.
        assertThat(forwards(ministryViewer, Map.of("text", token, "partnerAgencyId", String.valueOf(GUANGXI))))
                .isEqualTo(ids(meetings, meeting -> meeting.partner() == GUANGXI, true));
        assertThat(forwards(langSonViewer, Map.of("text", token, "partnerAgencyId", String.valueOf(XIANGKHOUANG))))
                .isEqualTo(ids(meetings, meeting -> meeting.partner() == XIANGKHOUANG, true));
        assertThat(forwards(ministryViewer, Map.of("text", token, "partnerAgencyId", String.valueOf(GUANGXI), "kind", "CONFERENCE")))
                .isEqualTo(ids(meetings, meeting -> meeting.partner() == GUANGXI && meeting.kind().equals("CONFERENCE"), true));
        // Our agencies: Văn Lãng's sub-tree only.
        assertThat(forwards(ministryViewer, Map.of("text", token, "ourAgencyId", String.valueOf(VAN_LANG))))
                .isEqualTo(ids(meetings, Inserted::withVanLang, true));

        // Those pages were read through the links: Xiangkhouang's first page from one read of its links, Guangxi's from
        // four (1,500 links of meetings the text rejects), then from the ordinary query beyond the last link read.
        Recorded xiangkhouang = StatementLog.during(() -> read(list(langSonViewer, Map.of("text", token, "partnerAgencyId",
                String.valueOf(XIANGKHOUANG)), 0)));
        // (The count past the page reads the links after it once more, unordered: "select meeting_id from".)
        assertThat(xiangkhouang.statements()).filteredOn(sql -> sql.contains("select meeting_id, start_date from meeting_agency"))
                .hasSize(1);
        Recorded guangxi = StatementLog.during(() -> read(list(ministryViewer, Map.of("text", token, "partnerAgencyId",
                String.valueOf(GUANGXI)), 0)));
        assertThat(guangxi.statements()).filteredOn(sql -> sql.contains("select meeting_id, start_date from meeting_agency"))
                .hasSize(4);
        // A page asked for by its number (no cursor) too: the rows before it are read through the links and dropped.
        Recorded byNumber = StatementLog.during(() -> read(list(langSonViewer, Map.of("text", token), 3)));
        assertThat(byNumber.statements()).filteredOn(sql -> sql.contains("from meeting_agency where agency_id in")).isNotEmpty();
        assertThat(byNumber.statements()).filteredOn(sql -> sql.startsWith("select m1_0.id,"))
                .as("the page's rows read among the links' meetings or beyond the last link, never by skipping rows")
                .isNotEmpty().allMatch(sql -> sql.contains("m1_0.id in (") || sql.contains("m1_0.start_date<=?"));

        // Past a page, the links alone count the rest (a meeting of Lạng Sơn and Văn Lãng once): the total the pages give.
        List<Long> all = forwards(langSonViewer, Map.of());
        int secondLast = (all.size() - 1) / PAGE - 1;
        Recorded counted = StatementLog.during(() -> {
            JsonNode page = read(list(langSonViewer, Map.of(), secondLast));
            assertThat(page.get("totalExact").asBoolean()).isTrue();
            assertThat(page.get("totalElements").asLong()).isEqualTo(all.size());
            return page;
        });
        assertThat(counted.statements()).filteredOn(sql -> sql.startsWith("select meeting_id from meeting_agency")).hasSize(1);
        assertThat(counted.statements()).filteredOn(sql -> sql.startsWith("select 1 from meeting")).isEmpty();

        // Outside the scope nothing shows, however the list is read.
        assertThat(forwards(laoCaiViewer, Map.of("text", token))).isEmpty();
        assertThat(forwards(laoCaiViewer, Map.of("text", token, "partnerAgencyId", String.valueOf(GUANGXI)))).isEmpty();
    }

    /**
     * A text search of a few agencies counts past its page from the meetings of the agencies' links after its last row
     * (MeetingsThroughLinks.countMatchingAfter), and with the ordinary count when those links run out of bound: the totals
     * are those of the pages either way.
     */
    @Test
    void aTextSearchOfAFewAgenciesCountsFromTheLinksAfterItsPage() throws Exception {
        String token = "countlinks" + UUID.randomUUID().toString().substring(0, 8);
        Long first = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from meeting where id >= 700000000", Long.class);
        List<Inserted> meetings = insert(token);
        try {
            countsFromTheLinksAfterThePage(token, meetings);
        } finally {
            // The other test reads Xiangkhouang's links of 1985 in rounds: these would take places in its first round.
            jdbc.update("delete from meeting_agency where meeting_id >= ?", Math.max(first, 700_000_000L));
            jdbc.update("delete from meeting where id >= ?", Math.max(first, 700_000_000L));
        }
    }

    private void countsFromTheLinksAfterThePage(String token, List<Inserted> meetings) throws Exception {
        Map<String, String> text = Map.of("text", token);
        assertThat(forwards(langSonViewer, text)).hasSize(meetings.size());

        // Newest first: the links after the first page lead to 280 more that match: "more than 100", from the links.
        Recorded first = StatementLog.during(() -> {
            JsonNode page = read(list(langSonViewer, text, 0));
            assertThat(page.get("totalExact").asBoolean()).isFalse();
            assertThat(page.get("totalElements").asLong()).isEqualTo(101);
            return page;
        });
        assertThat(first.statements()).filteredOn(sql -> sql.startsWith("select meeting_id from meeting_agency")).hasSize(1);
        assertThat(first.statements()).filteredOn(sql -> sql.startsWith("select 1 from meeting")).isEmpty();
        // The second last page: 30 more, exactly.
        int secondLast = (meetings.size() - 1) / PAGE - 1;
        Recorded exact = StatementLog.during(() -> {
            JsonNode page = read(list(langSonViewer, text, secondLast));
            assertThat(page.get("totalExact").asBoolean()).isTrue();
            assertThat(page.get("totalElements").asLong()).isEqualTo(meetings.size());
            return page;
        });
        assertThat(exact.statements()).filteredOn(sql -> sql.startsWith("select 1 from meeting")).isEmpty();

        // Oldest first, the links after that page lead to 30 matches and then to 2,000 newer meetings without the text:
        // more links than the count reads, so the ordinary count gives the total.
        Map<String, String> oldestFirst = Map.of("text", token, "sort", "date");
        Recorded ordinary = StatementLog.during(() -> {
            JsonNode page = read(list(langSonViewer, oldestFirst, secondLast));
            assertThat(page.get("totalExact").asBoolean()).isTrue();
            assertThat(page.get("totalElements").asLong()).isEqualTo(meetings.size());
            return page;
        });
        assertThat(ordinary.statements()).filteredOn(sql -> sql.startsWith("select 1 from meeting")).hasSize(1);
        // A partner's links: Xiangkhouang's 165 of them, counted past the first page from its links.
        JsonNode partner = read(list(langSonViewer, Map.of("text", token, "partnerAgencyId", String.valueOf(XIANGKHOUANG)), 2));
        assertThat(partner.get("totalExact").asBoolean()).isTrue();
        assertThat(partner.get("totalElements").asLong()).isEqualTo(meetings.stream().filter(meeting -> meeting.partner() == XIANGKHOUANG)
                .count());
    }

    /**
     * A provincial reader's list with a partner counts past its page from the partner's links whose meeting has a link of
     * the reader's scope (MeetingsThroughLinks.countAfter): the totals are those of the plain SQL and of the pages, and the
     * partner's meetings of another province are not counted. A list asking nothing but the scope reads a page asked for
     * by its number among its own links (CandidatePages, every candidate matching), without the rows before it, and the
     * links of several agencies come merged from one ordered range per agency and side ("union all").
     */
    @Test
    void aProvincesPartnerListCountsFromTheLinksAndItsPagesByNumberReadOnlyTheirRows() throws Exception {
        long laoCai = fixtures.agency("VN-LC-CA").id();
        Long first = Math.max(700_000_000L, jdbc.queryForObject("select coalesce(max(id), 0) + 1 from meeting where id >= 700000000",
                Long.class));
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        // 260 meetings with Xiangkhouang in 1984: Lạng Sơn's (every other one with Văn Lãng too) and, every third, Lào Cai's.
        for (int i = 0; i < 260; i++) {
            long id = first + i;
            Date date = Date.valueOf(LocalDate.of(1984, 1, 1).plusDays(i / 2));
            boolean ours = i % 3 != 0;
            rows.add(new Object[] {id, now, now, "TALKS", date, "Hội đàm đếm " + i, SearchText.of("Hội đàm đếm " + i)});
            links.add(new Object[] {id, ours ? LANG_SON : laoCai, "OUR", "VN", date});
            if (ours && i % 2 == 0) {
                links.add(new Object[] {id, VAN_LANG, "OUR", "VN", date});
            }
            links.add(new Object[] {id, XIANGKHOUANG, "PARTNER", "LA", date});
        }
        jdbc.batchUpdate("insert into meeting (id, version, created_by, created_at, updated_by, updated_at, kind, start_date, title, "
                + "place_country, host_agency_id, event_count, status, search_text) "
                + "values (?, 0, 'test', ?, 'test', ?, ?, ?, ?, 'VN', 14, 1, 'RECORDED', ?)", rows);
        jdbc.batchUpdate("insert into meeting_agency (meeting_id, agency_id, side, country, start_date) values (?, ?, ?, ?, ?)", links);
        try {
            Map<String, String> partner = Map.of("partnerAgencyId", String.valueOf(XIANGKHOUANG));
            long plain = jdbc.queryForObject("select count(*) from meeting m where exists (select 1 from meeting_agency p where "
                    + "p.meeting_id = m.id and p.side = 'PARTNER' and p.agency_id in (select id from agency where path like "
                    + "(select path from agency where id = ?) || '%')) and exists (select 1 from meeting_agency s where s.meeting_id = m.id "
                    + "and s.agency_id in (select id from agency where path like (select path from agency where id = ?) || '%'))",
                    Long.class, XIANGKHOUANG, LANG_SON);
            assertThat(plain).isGreaterThanOrEqualTo(173);
            Recorded counted = StatementLog.during(() -> {
                JsonNode page = read(list(langSonViewer, partner, 0));
                assertThat(page.get("totalExact").asBoolean()).isTrue();
                assertThat(page.get("totalElements").asLong()).isEqualTo(plain);
                return page;
            });
            assertThat(counted.statements()).filteredOn(sql -> sql.startsWith("select meeting_id from meeting_agency")
                    && sql.contains("exists")).hasSize(1);
            assertThat(counted.statements()).filteredOn(sql -> sql.startsWith("select 1 from meeting")).isEmpty();
            assertThat(forwards(langSonViewer, partner)).hasSize((int) plain);
            // Lào Cai's meetings with Xiangkhouang are in the partner's links but not in the reader's scope.
            assertThat(read(list(laoCaiViewer, partner, 0)).get("totalElements").asLong()).isEqualTo(forwards(laoCaiViewer, partner).size());

            List<Long> all = forwards(langSonViewer, Map.of());
            assertThat(byNumber(langSonViewer, Map.of())).isEqualTo(all);
            Recorded third = StatementLog.during(() -> read(list(langSonViewer, Map.of(), 3)));
            assertThat(third.statements()).filteredOn(sql -> sql.contains("union all")).isNotEmpty();
            assertThat(third.statements()).filteredOn(sql -> sql.startsWith("select m1_0.id,m1_0.kind"))
                    .as("only the page's rows read, among its own links").hasSize(1)
                    .allMatch(sql -> sql.chars().filter(c -> c == '?').count() <= 64);
        } finally {
            jdbc.update("delete from meeting_agency where meeting_id >= ? and meeting_id < ?", first, first + 260);
            jdbc.update("delete from meeting where id >= ? and id < ?", first, first + 260);
        }
    }

    @Test
    void aMeetingsLinksKeepItsStartDateThroughAnEdit() throws Exception {
        SignedInUser officer = fixtures.account("links-officer-lc", "VN-LC-CA", Role.OFFICER);
        long laoCai = fixtures.agency("VN-LC-CA").id();
        long hekou = fixtures.agency("CN-HK-GAJ").id();
        String title = "Hội đàm " + UUID.randomUUID();
        String created = mvc.perform(withJson(post("/api/v1/meetings"),
                        MeetingBuilder.aTalk(title).between(laoCai, hekou).on(LocalDate.of(2024, 5, 14)).body(null)).with(user(officer)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        assertThat(linkDates(id)).containsOnly(LocalDate.of(2024, 5, 14)).hasSize(2);

        mvc.perform(withJson(put("/api/v1/meetings/{id}", id),
                        MeetingBuilder.aTalk(title).between(laoCai, hekou).on(LocalDate.of(2023, 2, 1)).body(0L)).with(user(officer)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(linkDates(id)).containsOnly(LocalDate.of(2023, 2, 1)).hasSize(2);
        // The first page of Lào Cai's list from that day on starts with it (read through the links).
        assertThat(forwards(officer, Map.of("text", title))).containsExactly(id);

        assertThat(jdbc.queryForObject("select count(*) from meeting_agency a join meeting m on m.id = a.meeting_id "
                + "where a.start_date <> m.start_date", Integer.class)).as("every link dated as its meeting").isZero();
    }

    private List<LocalDate> linkDates(long meetingId) {
        return jdbc.queryForList("select start_date from meeting_agency where meeting_id = ?", Date.class, meetingId).stream()
                .map(Date::toLocalDate).toList();
    }

    private List<Long> forwards(SignedInUser who, Map<String, String> filter) throws Exception {
        return pages().forwards(who, filter);
    }

    private List<Long> byNumber(SignedInUser who, Map<String, String> filter) throws Exception {
        return pages().byNumber(who, filter);
    }

    private List<Long> backwards(SignedInUser who, Map<String, String> filter, int total) throws Exception {
        return pages().backwards(who, filter, total);
    }

    private MockHttpServletRequestBuilder list(SignedInUser who, Map<String, String> filter, int page) {
        return pages().page(who, filter, page);
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return pages().read(request);
    }

    private ApiListPages pages() {
        return new ApiListPages(mvc, json, "/api/v1/meetings", PAGE);
    }

    private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private static List<Long> ids(List<Inserted> meetings, Predicate<Inserted> which, boolean newestFirst) {
        Comparator<Inserted> order = Comparator.comparing(Inserted::date).thenComparing(Inserted::id);
        return meetings.stream().filter(which).sorted(newestFirst ? order.reversed() : order).map(Inserted::id).toList();
    }

    private record Inserted(long id, LocalDate date, long partner, String kind, boolean withVanLang) {
    }

    /**
     * 330 meetings of Lạng Sơn in 1985 carrying {@code token} (three a day, so that the id orders a day; a partner, a
     * kind, Văn Lãng in every fourth), and 2,000 newer ones of Lạng Sơn with Guangxi without it: more links before the
     * first match than the reading through links goes through.
     */
    private List<Inserted> insert(String token) {
        // Far above the ids the application hands out, as in BoundedListCountTests, and after any meetings inserted there.
        Long next = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from meeting where id >= 700000000", Long.class);
        next = Math.max(next, 700_000_000L);
        Timestamp now = Timestamp.from(Instant.now());
        List<Inserted> inserted = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < 2330; i++) {
            long id = next + i;
            boolean ours = i < 330;
            LocalDate date = ours ? LocalDate.of(1985, 1, 1).plusDays(i / 3) : LocalDate.of(1986, 1, 1).plusDays(i / 4);
            long partner = ours && i % 2 == 1 ? XIANGKHOUANG : GUANGXI;
            String kind = i % 3 == 0 ? "CONFERENCE" : "TALKS";
            boolean vanLang = ours && i % 4 == 0;
            String title = ours ? "Hội đàm " + token + " " + i : "Hội đàm khác " + i;
            rows.add(new Object[] {id, now, now, kind, Date.valueOf(date), title, SearchText.of(title)});
            links.add(new Object[] {id, LANG_SON, "OUR", "VN", Date.valueOf(date)});
            links.add(new Object[] {id, partner, "PARTNER", partner == GUANGXI ? "CN" : "LA", Date.valueOf(date)});
            if (vanLang) {
                links.add(new Object[] {id, VAN_LANG, "OUR", "VN", Date.valueOf(date)});
            }
            if (ours) {
                inserted.add(new Inserted(id, date, partner, kind, vanLang));
            }
        }
        jdbc.batchUpdate("insert into meeting (id, version, created_by, created_at, updated_by, updated_at, kind, start_date, title, "
                + "place_country, host_agency_id, event_count, status, search_text) "
                + "values (?, 0, 'test', ?, 'test', ?, ?, ?, ?, 'VN', 14, 1, 'RECORDED', ?)", rows);
        jdbc.batchUpdate("insert into meeting_agency (meeting_id, agency_id, side, country, start_date) values (?, ?, ?, ?, ?)", links);
        return inserted;
    }
}
