package org.borderliaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.borderliaison.meeting.MeetingBuilder;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.security.domain.AccountDetails;
import org.borderliaison.security.domain.UserAccountRepository;
import org.borderliaison.security.domain.UserAccountService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal API tokens: created once with the secret shown once and only its hash stored, sent as a bearer token to the
 * API only, with the account's roles and scope and without a session; refused (401, problem details, Bearer challenge)
 * when malformed, unknown, revoked, expired or of a disabled account; listed and revoked by owner and administrators.
 */
class ApiTokenTests extends IntegrationTest {

    private static final String INVALID_TOKEN = "https://borderliaison.org/problems/invalid-token";

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeetingService meetings;

    @Autowired
    UserAccountService accountService;

    @Autowired
    UserAccountRepository accountRepository;

    @Test
    void aTokenCreatedWithBasicIsShownOnceStoredHashedAndActsWithTheOwnersScope() throws Exception {
        SignedInUser officer = fixtures.account("token.officer", "VN-NA-CA", Role.OFFICER);
        JsonNode created = body(mvc.perform(post("/api/v1/account/tokens").with(httpBasic("token.officer", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"bench script\", \"expiresOn\": \"2099-01-31\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE)));
        String token = created.get("token").asString();
        assertThat(token).matches("bl_[A-Za-z0-9_-]{43}").startsWith(created.get("prefix").asString());
        assertThat(created.get("expiresOn").asString()).isEqualTo("2099-01-31");
        List<String> stored = jdbc.queryForList("select token_hash from api_token where id = ?", String.class, created.get("id").asLong());
        assertThat(stored).singleElement().asString().hasSize(64).doesNotContain(token.substring(3));

        // Never shown again: the list has the prefix only.
        mvc.perform(get("/api/v1/account/tokens").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("bench script"))
                .andExpect(content().string(not(containsString(token))));

        // Scope: a Lào Cai meeting is outside Nghệ An's scope, as with a password.
        long laoCaiMeeting = fixtures.asSystemAdmin(() -> meetings.create(MeetingBuilder.aTalk("Hội đàm kiểm tra mã truy cập")
                .between(fixtures.agency("VN-LC-CA").id(), fixtures.agency("CN-HK-GAJ").id()).on(LocalDate.of(2024, 3, 4)).details()).id());
        mvc.perform(get("/api/v1/meetings/{id}", laoCaiMeeting).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isNotFound());
        MvcResult listed = mvc.perform(get("/api/v1/meetings").param("size", "20").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(listed.getResponse().getCookie("SESSION")).as("a bearer request creates no session").isNull();
        assertThat(listed.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();

        // Last use recorded (coarsely).
        assertThat(jdbc.queryForObject("select last_used_at is not null from api_token where id = ?", Boolean.class,
                created.get("id").asLong())).isTrue();
    }

    @Test
    void writesWorkWithATokenWithoutACsrfToken() throws Exception {
        String token = tokenOf(fixtures.account("token.writer", "VN-LC-CA", Role.OFFICER));
        mvc.perform(post("/api/v1/meetings").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is4xxClientError())
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
    }

    @Test
    void revokedExpiredDisabledUnknownAndMalformedTokensAre401Problems() throws Exception {
        SignedInUser owner = fixtures.account("token.refused", "VN-LC-CA", Role.OFFICER);
        String revoked = tokenOf(owner);
        long revokedId = idOf(owner, revoked);
        mvc.perform(delete("/api/v1/account/tokens/{id}", revokedId).with(user(owner)).with(csrf())).andExpect(status().isNoContent());
        refused("Bearer " + revoked);

        String expired = tokenOf(owner);
        jdbc.update("update api_token set expires_on = ? where id = ?", LocalDate.now().minusDays(1), idOf(owner, expired));
        refused("Bearer " + expired);

        refused("Bearer bl_" + "A".repeat(43));
        refused("Bearer");
        refused("Bearer ");
        refused("Bearer not-a-token");
        refused("bearer bl_" + "é".repeat(43));
        refused("Bearer " + "x".repeat(10_000));

        SignedInUser leaving = fixtures.account("token.disabled", "VN-LC-CA", Role.OFFICER);
        String ofDisabled = tokenOf(leaving);
        mvc.perform(get("/api/v1/meetings").header(HttpHeaders.AUTHORIZATION, "Bearer " + ofDisabled)).andExpect(status().isOk());
        var account = accountRepository.findByUsernameIgnoreCase("token.disabled").orElseThrow();
        fixtures.asSystemAdmin(() -> accountService.update(account.getId(), account.getVersion(),
                new AccountDetails(account.getDisplayName(), account.getAgencyId(), account.getRoles(), false)));
        refused("Bearer " + ofDisabled);
    }

    @Test
    void pagesDoNotAcceptATokenAndATokenCannotCreateTokens() throws Exception {
        String token = tokenOf(fixtures.account("token.pages", "VN-LC-CA", Role.OFFICER));
        mvc.perform(get("/border-gates").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/api/v1/account/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"offspring\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAccountPageShowsTheSecretOnceAndRevokes() throws Exception {
        SignedInUser officer = fixtures.account("token.page", "VN-LC-CA", Role.OFFICER);
        String page = mvc.perform(post("/account/tokens").with(user(officer)).with(csrf()).param("name", "báo cáo hằng tuần")
                        .param("expiresOn", "31/01/2099"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String secret = org.jsoup.Jsoup.parse(page).getElementById("new-token-secret").text();
        assertThat(secret).startsWith("bl_");

        String again = mvc.perform(get("/account/tokens").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("báo cáo hằng tuần").contains("31/01/2099").doesNotContain(secret);

        mvc.perform(post("/account/tokens").with(user(officer)).with(csrf()).param("name", " ").param("expiresOn", "01/01/2001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));

        long id = idOf(officer, secret);
        SignedInUser other = fixtures.account("token.other", "VN-LC-CA", Role.OFFICER);
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(user(other)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/account/tokens/{id}", id).with(user(other)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meetings").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)).andExpect(status().isOk());

        mvc.perform(post("/account/tokens/{id}/revoke", id).with(user(officer)).with(csrf())).andExpect(redirectedUrl("/account/tokens"));
        refused("Bearer " + secret);
        assertThat(jdbc.queryForList("select event from access_log where username = 'token.page' order by id", String.class))
                .containsSubsequence("API_TOKEN_CREATED", "API_TOKEN_REVOKED");
    }

    @Test
    void administratorsListEveryAccountsTokensAndRevokeThem() throws Exception {
        SignedInUser officer = fixtures.account("token.audited", "VN-LC-CA", Role.OFFICER);
        SignedInUser admin = fixtures.account("token.admin", "VN-BCA", Role.ADMIN);
        String token = tokenOf(officer);
        long id = idOf(officer, token);

        mvc.perform(get("/admin/tokens").param("username", "token.audited").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(token.substring(0, 11))))
                .andExpect(content().string(not(containsString(token))));
        mvc.perform(get("/admin/tokens").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/tokens/{id}/revoke", id).with(user(officer)).with(csrf())).andExpect(status().isForbidden());

        mvc.perform(post("/admin/tokens/{id}/revoke", id).param("username", "token.audited").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/tokens?username=token.audited"));
        refused("Bearer " + token);
        mvc.perform(get("/api/v1/account/tokens").with(user(officer))).andExpect(jsonPath("$[0].revokedAt").isNotEmpty());
    }

    private void refused(String authorization) throws Exception {
        mvc.perform(get("/api/v1/meetings").header(HttpHeaders.AUTHORIZATION, authorization))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(INVALID_TOKEN));
    }

    private String tokenOf(SignedInUser owner) throws Exception {
        return body(mvc.perform(post("/api/v1/account/tokens").with(user(owner)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"script\"}")).andExpect(status().isCreated()))
                .get("token").asString();
    }

    private long idOf(SignedInUser owner, String token) throws Exception {
        for (JsonNode row : body(mvc.perform(get("/api/v1/account/tokens").with(user(owner))))) {
            if (token.startsWith(row.get("prefix").asString())) {
                return row.get("id").asLong();
            }
        }
        throw new AssertionError("no token " + token.substring(0, 11));
    }

    private JsonNode body(ResultActions actions) throws Exception {
        return json.readTree(actions.andReturn().getResponse().getContentAsString());
    }
}
