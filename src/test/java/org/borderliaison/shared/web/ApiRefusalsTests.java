package org.borderliaison.shared.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.function.Supplier;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API refuses alike everywhere: an agency outside the caller's scope is the same 422 on every total and
 * summary, and problem details speak the language asked for (Accept-Language, or ?lang=), Vietnamese otherwise.
 */
class ApiRefusalsTests extends IntegrationTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    MessageSource messages;

    SignedInUser langSonOfficer;
    SignedInUser admin;
    long laoCai;

    @BeforeEach
    void accounts() {
        langSonOfficer = fixtures.account("refusals-officer-ls", "VN-LS-CA", Role.OFFICER);
        admin = fixtures.account("refusals-admin", "VN-BCA", Role.ADMIN);
        laoCai = fixtures.agency("VN-LC-CA").id();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/patrols/totals?agencyId=%d", "/api/v1/cases/totals?ourAgencyId=%d",
            "/api/v1/reports/summary?agencyId=%d"})
    void anAgencyOutsideTheScopeIsTheSameRefusalOnEveryTotal(String url) throws Exception {
        String field = url.contains("ourAgencyId") ? "ourAgencyId" : "agencyId";
        mvc.perform(get(url.formatted(laoCai) + "&from=2025-01-01&to=2025-12-31").with(user(langSonOfficer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/business-rule"))
                .andExpect(jsonPath("$.fieldErrors[0].field").value(field))
                .andExpect(jsonPath("$.fieldErrors[0].code").value("error.agencyOutOfScope"))
                .andExpect(jsonPath("$.detail").value(text("error.agencyOutOfScope", VIETNAMESE)));
        // Inside the scope the same request is answered.
        long langSon = fixtures.agency("VN-LS-CA").id();
        mvc.perform(get(url.formatted(langSon) + "&from=2025-01-01&to=2025-12-31").with(user(langSonOfficer)))
                .andExpect(status().isOk());
    }

    @Test
    void problemDetailsAreInEnglishForAcceptLanguageEnglishAndInVietnameseOtherwise() throws Exception {
        expectTitle(() -> get("/api/v1/agencies/not-a-number").with(user(langSonOfficer)), 400, "error.validation.title");
        expectTitle(() -> get("/api/v1/patrols/987654321").with(user(langSonOfficer)), 404, "error.notFound.title");
        expectTitle(() -> post("/api/v1/meetings/1/cancel").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":987654,\"reason\":\"stale\"}").with(user(admin)).with(csrf()), 409, "error.staleVersion.title");
        expectTitle(() -> get("/api/v1/reports/summary?agencyId=" + laoCai).with(user(langSonOfficer)), 422, "error.businessRule");
        expectTitle(() -> get("/api/v1/agencies"), 401, "error.unauthorized.title");
        expectTitle(() -> delete("/api/v1/partnerships/987654321").with(user(langSonOfficer)).with(csrf()), 403, "error.forbidden.title");
    }

    @Test
    void theLangParameterAndTheCookieWinOverAcceptLanguage() throws Exception {
        mvc.perform(get("/api/v1/patrols/987654321").param("lang", "en").header(HttpHeaders.ACCEPT_LANGUAGE, "vi")
                        .with(user(langSonOfficer)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value(text("error.notFound.title", Locale.ENGLISH)));
        mvc.perform(get("/api/v1/patrols/987654321").cookie(new jakarta.servlet.http.Cookie("liaison-lang", "vi"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(user(langSonOfficer)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value(text("error.notFound.title", VIETNAMESE)));
    }

    @Test
    void pagesStayVietnameseWhateverTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"vi\"")));
    }

    private void expectTitle(Supplier<MockHttpServletRequestBuilder> request, int status, String key) throws Exception {
        mvc.perform(request.get().header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9"))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value(text(key, Locale.ENGLISH)));
        mvc.perform(request.get().header(HttpHeaders.ACCEPT_LANGUAGE, "vi-VN"))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.title").value(text(key, VIETNAMESE)));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
