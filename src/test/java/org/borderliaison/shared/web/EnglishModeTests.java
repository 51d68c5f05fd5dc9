package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.handover.HandoverBodies;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * In English mode no page shows Vietnamese of its own: every text and every label-like attribute outside an element
 * that declares another language ({@code lang="vi"} on record titles, free text, native names, the language switch,
 * the bilingual handover record) is free of the letters only Vietnamese uses. A new template or a new name shown
 * without its English form fails here.
 */
class EnglishModeTests extends IntegrationTest {

    private static final Pattern VIETNAMESE_ONLY = Pattern.compile("[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư]");
    private static final List<String> LABEL_ATTRIBUTES = List.of("title", "aria-label", "placeholder", "alt");
    private static final long LANG_SON = 14;
    private static final long GUANGXI = 38;
    /** Demo records (db/demo): the Nghệ An conference, an agreement, a patrol and a case. */
    private static final long DEMO_MEETING = 1;
    private static final long DEMO_AGREEMENT = 101;
    private static final long DEMO_PATROL = 1;
    private static final long DEMO_CASE = 1;

    @Autowired
    JsonMapper json;

    @Autowired
    AccessLog accessLog;

    @Test
    void theMainPagesShowNoVietnameseOutsideTextMarkedAsVietnamese() throws Exception {
        SignedInUser admin = fixtures.account("english-admin", "VN-BCA", Role.ADMIN);
        fixtures.account("english-officer-ls", "VN-LS-CA", Role.OFFICER);
        long handover = handover("english-officer-ls");
        // the sign-ins above and an export leave lines in the access log
        mvc.perform(get("/handovers/{id}/record.pdf", handover).with(httpBasic("english-officer-ls", Fixtures.PASSWORD)));

        List<String> leftovers = new ArrayList<>();
        // the pages issue 13 named; lists of records, partnerships and border gates still show Vietnamese-only names
        for (String path : List.of("/agencies/" + LANG_SON, "/agencies/" + LANG_SON + "/move",
                "/agencies/" + LANG_SON + "/dissolve", "/agencies/" + LANG_SON + "/rename", "/agencies/" + LANG_SON + "/end-units",
                "/border-gates", "/partnerships", "/patrols/new", "/handovers", "/handovers/new", "/handovers/" + handover,
                "/handovers/" + handover + "/record", "/admin/access-log")) {
            vietnameseIn(page(path, admin)).forEach(text -> leftovers.add(path + ": " + text));
        }

        assertThat(leftovers).isEmpty();
    }

    /**
     * Every other main page: home, the lists, details and forms of every record kind, the summary, account pages and
     * their administration, as an administrator and as a province's officer (who sees forms starting from their agency).
     */
    @Test
    void everyMainPageShowsNoVietnameseOutsideTextMarkedAsVietnamese() throws Exception {
        SignedInUser admin = fixtures.account("english-admin-all", "VN-BCA", Role.ADMIN);
        SignedInUser officer = fixtures.account("english-officer-all", "VN-NA-CA", Role.OFFICER);
        List<String> leftovers = new ArrayList<>();
        List<String> adminPages = List.of("/", "/agencies", "/agencies/new", "/agreements", "/agreements/new",
                "/agreements/" + DEMO_AGREEMENT, "/agreements/" + DEMO_AGREEMENT + "/edit", "/agreements/expiring", "/meetings",
                "/meetings/new", "/meetings/" + DEMO_MEETING, "/meetings/" + DEMO_MEETING + "/edit", "/meetings/follow-ups",
                "/meetings/tallies", "/patrols", "/patrols/" + DEMO_PATROL, "/cases", "/cases/new", "/cases/" + DEMO_CASE,
                "/reports/summary", "/reports/summary?agencyId=" + LANG_SON + "&from=2018-01-01&to=2022-03-23",
                "/account/password", "/account/tokens", "/admin/accounts", "/admin/accounts/new", "/admin/tokens",
                "/admin/throttles");
        for (String path : adminPages) {
            vietnameseIn(page(path, admin)).forEach(text -> leftovers.add(path + ": " + text));
        }
        for (String path : List.of("/", "/meetings/new", "/meetings/tallies", "/patrols/new", "/cases/new", "/handovers/new")) {
            vietnameseIn(page(path, officer)).forEach(text -> leftovers.add(path + " (officer): " + text));
        }

        assertThat(leftovers).isEmpty();
    }

    @Test
    void theAccessLogReadsStoredDetailsAndAddressesInTheReadersLanguage() throws Exception {
        SignedInUser admin = fixtures.account("english-log-admin", "VN-BCA", Role.ADMIN);
        accessLog.record("english-log-user", AccessEvent.PASSWORD_CHANGED, "reset by english-log-admin", "0:0:0:0:0:0:0:1");
        accessLog.record("english-log-user", AccessEvent.SIGN_IN_FAILED, "throttled", "127.0.0.1");

        String english = page("/admin/access-log?username=english-log-user", admin).select("main").text();
        assertThat(english).contains("reset by english-log-admin", "refused while throttled", "::1")
                .doesNotContain("0:0:0:0:0:0:0:1");
        String vietnamese = Jsoup.parse(mvc.perform(get("/admin/access-log?username=english-log-user").param("lang", "vi")
                .with(user(admin))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).select("main").text();
        assertThat(vietnamese).contains("do english-log-admin đặt lại", "bị từ chối khi đang bị chặn")
                .doesNotContain("reset by", "throttled");
    }

    @Test
    void theCheckSeesVietnameseInTextAndInLabelsButNotInsideMarkedElements() {
        Document page = Jsoup.parse("<main><h1>Công an tỉnh</h1><p lang=\"vi\">Lạng Sơn</p>"
                + "<a title=\"Chỉnh sửa\">Edit</a><span lang=\"en\">Border gate</span></main>");

        assertThat(vietnameseIn(page)).containsExactly("Công an tỉnh", "Chỉnh sửa");
    }

    private long handover(String officer) throws Exception {
        String body = json.writeValueAsString(HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).named("Lục Văn Phong").build());
        String answer = mvc.perform(post("/api/v1/handovers").with(httpBasic(officer, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(answer).get("id").asLong();
    }

    private Document page(String path, SignedInUser who) throws Exception {
        String html = mvc.perform(get(path).param("lang", "en").with(user(who))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private static List<String> vietnameseIn(Document page) {
        List<String> found = new ArrayList<>();
        collect(page.selectFirst("html"), "en", found);
        return found;
    }

    /** Walks the page with the language each element inherits, so an English toolbar inside a Vietnamese record counts. */
    private static void collect(Element element, String inherited, List<String> found) {
        String language = element.hasAttr("lang") ? element.attr("lang") : inherited;
        // A textarea's content is the value being edited, like an input's value attribute: the user's text, not the page's.
        if (element.tagName().equals("script") || element.tagName().equals("style") || element.tagName().equals("textarea")) {
            return;
        }
        boolean english = language.startsWith("en");
        for (var child : element.childNodes()) {
            if (child instanceof TextNode text && english) {
                check(text.text().strip(), found);
            } else if (child instanceof Element inner) {
                collect(inner, language, found);
            }
        }
        if (english) {
            for (String attribute : LABEL_ATTRIBUTES) {
                check(element.attr(attribute), found);
            }
        }
    }

    private static void check(String text, List<String> found) {
        if (VIETNAMESE_ONLY.matcher(text.toLowerCase(java.util.Locale.ROOT)).find()) {
            found.add(text);
        }
    }
}
