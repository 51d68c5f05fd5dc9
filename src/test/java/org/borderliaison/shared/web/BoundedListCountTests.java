package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SearchText;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists with more matches than they count ({@link org.borderliaison.shared.ListPage}): the page says "more than 1,000"
 * in the reader's language, the API says its total is a lower bound, deep pages count on from where they are, every
 * record appears exactly once across the pages in a stable order, and the scope still hides what it hid.
 */
class BoundedListCountTests extends IntegrationTest {

    private static final Pattern DETAIL = Pattern.compile("bounded-entry-(\\d{4})");
    private static final Pattern NEXT = Pattern.compile("<a class=\"page-link\" href=\"([^\"]+)\">Next</a>");
    private static final Pattern PREVIOUS = Pattern.compile("<a class=\"page-link\" href=\"([^\"]+)\">Previous</a>");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void theAccessLogSaysMoreThanAThousandAndPagesThroughEveryEntryOnceNewestFirst() throws Exception {
        SignedInUser admin = fixtures.account("bounded-admin", "VN-BCA", Role.ADMIN);
        String username = "bounded-" + UUID.randomUUID().toString().substring(0, 8);
        // 1,030 entries, two at each instant, so that only the id tells the order within a pair.
        Instant first = Instant.parse("2002-01-01T00:00:00Z");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 1030; i++) {
            rows.add(new Object[] {Timestamp.from(first.plusSeconds(60L * (i / 2))), username, "SIGN_IN",
                    String.format("bounded-entry-%04d", i)});
        }
        jdbc.batchUpdate("insert into access_log (at, username, event, detail) values (?, ?, ?, ?)", rows);

        mvc.perform(get("/admin/access-log").with(user(admin)).param("username", username).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 1 · more than 1,000 results")));
        mvc.perform(get("/admin/access-log").with(user(admin)).param("username", username).param("lang", "vi"))
                .andExpect(content().string(containsString("Trang 1 · hơn 1.000 kết quả")));
        // 50 entries a page. Page 20 counts on past itself: 30 more, so the total is exact again.
        mvc.perform(get("/admin/access-log").with(user(admin)).param("username", username).param("page", "19").param("lang", "en"))
                .andExpect(content().string(containsString("Page 20 of 21 · 1,030 results")));

        List<Integer> seen = new ArrayList<>();
        for (int page = 0; page < 21; page++) {
            String html = mvc.perform(get("/admin/access-log").with(user(admin)).param("username", username)
                    .param("page", String.valueOf(page))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            seen.addAll(entries(html));
        }
        List<Integer> newestFirst = new ArrayList<>();
        for (int i = 1029; i >= 0; i--) {
            newestFirst.add(i);
        }
        assertThat(seen).as("every entry once, newest first, ties by id").isEqualTo(newestFirst);

        // The pager's links carry the cursor of the row next to them: following "next" to the end and "previous"
        // back to the start shows the same entries in the same order, pages numbered as they go.
        List<Integer> forwards = new ArrayList<>();
        String url = "/admin/access-log?username=" + username + "&lang=en";
        String html = null;
        for (int page = 1; page <= 21; page++) {
            html = mvc.perform(get(url).with(user(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Page " + page + " ");
            forwards.addAll(entries(html));
            Matcher next = NEXT.matcher(html);
            if (page < 21) {
                assertThat(next.find()).as("a next link on page %d", page).isTrue();
                url = next.group(1).replace("&amp;", "&");
                assertThat(url).contains("after=");
            }
        }
        assertThat(forwards).isEqualTo(newestFirst);
        List<Integer> backwards = new ArrayList<>(entries(html));
        for (int page = 20; page >= 1; page--) {
            Matcher previous = PREVIOUS.matcher(html);
            assertThat(previous.find()).as("a previous link before page %d", page + 1).isTrue();
            html = mvc.perform(get(previous.group(1).replace("&amp;", "&")).with(user(admin))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(html).contains("Page " + page + " ");
            backwards.addAll(0, entries(html));
        }
        assertThat(backwards).isEqualTo(newestFirst);
    }

    private static List<Integer> entries(String html) {
        List<Integer> found = new ArrayList<>();
        Matcher entry = DETAIL.matcher(html);
        while (entry.find()) {
            found.add(Integer.parseInt(entry.group(1)));
        }
        return found;
    }

    @Test
    void theApiSaysItsTotalIsALowerBoundAndCountsExactlyNearTheEnd() throws Exception {
        String token = "boundedmeeting" + UUID.randomUUID().toString().substring(0, 8);
        insertMeetings(token, 1001);
        SignedInUser ministry = fixtures.account("bounded-ministry", "VN-BCA", Role.VIEWER);
        SignedInUser langSon = fixtures.account("bounded-lang-son", "VN-LS-CA", Role.VIEWER);

        // A free-text search counts to the next hundred past its page (ListPage.SEARCH_COUNT_STEP).
        mvc.perform(get("/api/v1/meetings").with(user(ministry)).param("text", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalExact").value(false))
                .andExpect(jsonPath("$.totalElements").value(101))
                .andExpect(jsonPath("$.content.length()").value(20));
        mvc.perform(get("/api/v1/meetings").with(user(ministry)).param("text", token).param("size", "200").param("page", "4"))
                .andExpect(jsonPath("$.totalExact").value(true))
                .andExpect(jsonPath("$.totalElements").value(1001))
                .andExpect(jsonPath("$.totalPages").value(6));
        mvc.perform(get("/api/v1/meetings").with(user(ministry)).param("text", token).param("size", "200").param("page", "5"))
                .andExpect(jsonPath("$.totalExact").value(true))
                .andExpect(jsonPath("$.content.length()").value(1));
        // Lào Cai's meetings are outside a Lạng Sơn reader's scope, however many there are.
        mvc.perform(get("/api/v1/meetings").with(user(langSon)).param("text", token))
                .andExpect(jsonPath("$.totalExact").value(true))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/meetings").with(user(ministry)).param("text", token).param("lang", "en"))
                .andExpect(content().string(containsString("Page 1 · more than 100 results")));

        // By number and by cursor (each page's nextCursor, then previousCursor back): the same meetings in the same order.
        List<String> byNumber = new ArrayList<>();
        for (int page = 0; page < 6; page++) {
            byNumber.addAll(ids(mvc.perform(get("/api/v1/meetings").with(user(ministry)).param("text", token).param("size", "200")
                    .param("page", String.valueOf(page))).andReturn().getResponse().getContentAsString()));
        }
        assertThat(new HashSet<>(byNumber)).as("every meeting once").hasSize(1001);
        List<String> byCursor = new ArrayList<>();
        String body = null;
        JsonNode cursor = null;
        for (int page = 0; page < 6; page++) {
            var request = get("/api/v1/meetings").with(user(ministry)).param("text", token).param("size", "200")
                    .param("page", String.valueOf(page));
            if (cursor != null) {
                assertThat(cursor.isNull()).as("the date order is paged by cursor").isFalse();
                request = request.param("after", cursor.asString());
            }
            body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            byCursor.addAll(ids(body));
            cursor = json.readTree(body).get("nextCursor");
        }
        assertThat(byCursor).isEqualTo(byNumber);
        List<String> back = new ArrayList<>(ids(body));
        for (int page = 4; page >= 0; page--) {
            String previous = json.readTree(body).get("previousCursor").asString();
            body = mvc.perform(get("/api/v1/meetings").with(user(ministry)).param("text", token).param("size", "200")
                    .param("page", String.valueOf(page)).param("before", previous)).andReturn().getResponse().getContentAsString();
            back.addAll(0, ids(body));
        }
        assertThat(back).isEqualTo(byNumber);

        mvc.perform(get("/api/v1/meetings").with(user(ministry)).param("page", "1").param("after", "yesterday").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("after"));
    }

    private List<String> ids(String body) {
        List<String> ids = new ArrayList<>();
        json.readTree(body).get("content").forEach(row -> ids.add(row.get("id").asString()));
        return ids;
    }

    /** {@code count} meetings of Lào Cai with Yunnan in 1990 (before any other test's), five on each day. */
    private void insertMeetings(String token, int count) {
        // Far above the ids the application hands out, so that the meetings other tests create never collide with them.
        Long next = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from meeting where id >= 700000000", Long.class);
        next = Math.max(next, 700_000_000L);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> meetings = new ArrayList<>();
        List<Object[]> agencies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = next + i;
            String title = "Bounded " + token + " " + i;
            Date day = Date.valueOf(LocalDate.of(1990, 1, 1).plusDays(i / 5));
            meetings.add(new Object[] {id, now, now, day, title, SearchText.of(title, "Hội đàm")});
            agencies.add(new Object[] {id, 3L, "OUR", "VN", day});
            agencies.add(new Object[] {id, 31L, "PARTNER", "CN", day});
        }
        jdbc.batchUpdate("insert into meeting (id, version, created_by, created_at, updated_by, updated_at, kind, start_date, title, "
                + "place_country, host_agency_id, event_count, status, search_text) "
                + "values (?, 0, 'test', ?, 'test', ?, 'TALKS', ?, ?, 'VN', 3, 1, 'RECORDED', ?)", meetings);
        jdbc.batchUpdate("insert into meeting_agency (meeting_id, agency_id, side, country, start_date) values (?, ?, ?, ?, ?)", agencies);
    }
}
