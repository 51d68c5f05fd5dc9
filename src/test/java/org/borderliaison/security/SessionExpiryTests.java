package org.borderliaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A form saved after the session ended is not lost: the save leads to the sign-in page, and once signed in the form
 * is sent again and saved; an htmx request says that the session ended; a signed-in user's forged request is still a
 * 403; the page carries the idle timeout for its warning.
 */
class SessionExpiryTests extends IntegrationTest {

    /** A session cookie of a session that no longer exists (as after the idle timeout). */
    private static final Cookie ENDED_SESSION = new Cookie("SESSION", "ZjAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFormSavedAfterTheSessionEndedIsSavedOnceTheUserHasSignedInAgain() throws Exception {
        SignedInUser officer = fixtures.account("session-officer-lc", "VN-LC-CA", Role.OFFICER);
        String title = "Hội đàm sau khi hết phiên " + System.nanoTime();

        MvcResult kept = mvc.perform(meetingForm(title).cookie(ENDED_SESSION))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?expired"))
                .andReturn();
        mvc.perform(get("/login").param("expired", "").with(Sessions.of(kept)))
                .andExpect(content().string(containsString("Phiên làm việc đã hết hạn. Hãy đăng nhập lại")));

        MvcResult signedIn = mvc.perform(post("/login").param("username", officer.getUsername()).param("password", Fixtures.PASSWORD)
                        .with(csrf()).with(Sessions.of(kept)))
                .andExpect(redirectedUrl("/session/resume"))
                .andReturn();
        String resume = mvc.perform(get("/session/resume").with(Sessions.of(signedIn)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Element form = Jsoup.parse(resume).getElementById("resume-form");
        assertThat(form.attr("action")).isEqualTo("/meetings/new");
        assertThat(form.hasAttr("data-autosubmit")).isTrue();
        assertThat(form.select("input[name=title]").attr("value")).isEqualTo(title);
        assertThat(form.select("input[name=_csrf]")).as("a fresh token").hasSize(1);

        // What the page's script sends: the kept fields with the new session's token.
        MockHttpServletRequestBuilder again = post(form.attr("action")).with(Sessions.of(signedIn));
        for (Element field : form.select("input[type=hidden]")) {
            again.param(field.attr("name"), field.attr("value"));
        }
        mvc.perform(again).andExpect(status().isFound()).andExpect(redirectedUrlPattern("/meetings/*"));
        assertThat(jdbc.queryForObject("select count(*) from meeting where title = ?", Integer.class, title)).isEqualTo(1);

        // Sent once: coming back to the page sends nothing more.
        mvc.perform(get("/session/resume").with(Sessions.of(signedIn))).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select count(*) from meeting where title = ?", Integer.class, title)).isEqualTo(1);
    }

    @Test
    void anHtmxRequestAfterTheEndSaysSoAndASignedInForgeryIsStillRefused() throws Exception {
        mvc.perform(meetingForm("Thêm dòng").param("_addRow", "ourHeads").header("HX-Request", "true").cookie(ENDED_SESSION))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Trigger", "session-expired"));

        SignedInUser officer = fixtures.account("session-officer-lc", "VN-LC-CA", Role.OFFICER);
        mvc.perform(post("/meetings/new").param("title", "x").with(user(officer)).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());

        // A stale sign-in form or a password form leads to the sign-in page but is not kept: no password in the session store.
        MvcResult staleSignIn = mvc.perform(post("/login").param("username", "a").param("password", "b").cookie(ENDED_SESSION))
                .andExpect(redirectedUrl("/login?expired")).andReturn();
        assertThat(staleSignIn.getRequest().getSession(false) == null
                || staleSignIn.getRequest().getSession(false).getAttribute(PendingSave.class.getName()) == null).isTrue();
        MvcResult passwordForm = mvc.perform(post("/account/password").param("currentPassword", "a").param("newPassword", "b")
                        .cookie(ENDED_SESSION))
                .andExpect(redirectedUrl("/login?expired")).andReturn();
        mvc.perform(post("/login").param("username", officer.getUsername()).param("password", Fixtures.PASSWORD)
                        .with(csrf()).with(Sessions.of(passwordForm)))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void thePageCarriesTheIdleTimeoutAndItsWarning() throws Exception {
        SignedInUser officer = fixtures.account("session-officer-lc", "VN-LC-CA", Role.OFFICER);
        String page = mvc.perform(get("/meetings").accept(MediaType.TEXT_HTML).with(user(officer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("meta[name=session-timeout]").attr("content")).isEqualTo("1800");
        assertThat(Jsoup.parse(page).select("meta[name=session-warning]").attr("content")).isEqualTo("180");
        assertThat(Jsoup.parse(page).getElementById("session-stay")).isNotNull();
        mvc.perform(get("/session/keep-alive").with(user(officer))).andExpect(status().isNoContent());
    }

    private MockHttpServletRequestBuilder meetingForm(String title) {
        long laoCai = fixtures.agency("VN-LC-CA").id();
        long hekou = fixtures.agency("CN-HK-GAJ").id();
        List<String> fields = new ArrayList<>(List.of("kind", "TALKS", "title", title, "startDate", "20/05/2024",
                "placeCountry", "VN", "locality", "Lào Cai", "count", "1", "ourAgencies[0].agencyId", String.valueOf(laoCai),
                "partnerAgencies[0].agencyId", String.valueOf(hekou), "hostAgencyId", String.valueOf(laoCai),
                "ourParticipants", "5", "partnerParticipants", "4"));
        MockHttpServletRequestBuilder request = post("/meetings/new").accept(MediaType.TEXT_HTML);
        for (int i = 0; i < fields.size(); i += 2) {
            request.param(fields.get(i), fields.get(i + 1));
        }
        return request;
    }
}
