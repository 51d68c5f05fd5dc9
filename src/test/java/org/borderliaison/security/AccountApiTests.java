package org.borderliaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.borderliaison.security.domain.SignInThrottles;
import org.borderliaison.security.domain.UserAccount;
import org.borderliaison.security.domain.UserAccountRepository;
import org.borderliaison.shared.Role;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /api/v1/accounts: administrators provision accounts with the same rules as the pages; nobody else may. */
class AccountApiTests extends IntegrationTest {

    private static final String API = "/api/v1/accounts";
    private static final String ADMIN = "account-api.admin";

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    SignInThrottles throttles;

    @Autowired
    MessageSource messages;

    @Autowired
    JsonMapper json;

    @Test
    void anAdministratorCreatesReadsUpdatesDisablesAnAccount() throws Exception {
        fixtures.account(ADMIN, "VN-BCA", Role.ADMIN);
        long laoCai = fixtures.agency("VN-LC-CA").id();
        long langSon = fixtures.agency("VN-LS-CA").id();

        String created = mvc.perform(asAdmin(post(API)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"username": "Api.Created", "displayName": "Trần Thị Bình", "agencyId": %d,
                         "roles": ["OFFICER"], "password": "sông Hồng chảy qua Lào Cai"}""".formatted(laoCai)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("api.created"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.passwordMustChange").value(false))
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andExpect(jsonPath("$.password").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        JsonNode account = json.readTree(created);
        long id = account.get("id").asLong();
        mvc.perform(asAdmin(get(API + "/{id}", id))).andExpect(status().isOk()).andExpect(jsonPath("$.displayName").value("Trần Thị Bình"));
        assertThat(mvc.perform(asAdmin(get(API + "/{id}", id))).andReturn().getResponse().getContentAsString())
                .doesNotContain(accounts.findById(id).orElseThrow().toPrincipal().getPassword());
        mvc.perform(asAdmin(post(API)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"username": "api.created2", "displayName": "X", "agencyId": %d, "roles": ["OFFICER"],
                         "password": "sông Hồng chảy qua Lào Cai"}""".formatted(laoCai)))
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/accounts/\\d+")));
        mvc.perform(get("/api/v1/agencies").with(httpBasic("api.created", "sông Hồng chảy qua Lào Cai"))).andExpect(status().isOk());

        mvc.perform(asAdmin(get(API)).param("q", "api.created").param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].username", hasItem("api.created")))
                .andExpect(jsonPath("$.content[0].status").value("ENABLED"))
                .andExpect(jsonPath("$.content[0].passwordHash").doesNotExist());

        String updated = mvc.perform(asAdmin(put(API + "/{id}", id)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"displayName": "Trần Thị Bình", "agencyId": %d, "roles": ["OFFICER", "REPORTER"], "enabled": true,
                         "version": %d}""".formatted(langSon, account.get("version").asLong())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agencyId").value(langSon))
                .andExpect(jsonPath("$.roles", hasItem("REPORTER")))
                .andReturn().getResponse().getContentAsString();
        // The version the first update was made on is stale now.
        mvc.perform(asAdmin(put(API + "/{id}", id)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"displayName": "Trễ", "agencyId": %d, "roles": ["VIEWER"], "enabled": true, "version": %d}"""
                        .formatted(langSon, account.get("version").asLong())))
                .andExpect(status().isConflict());

        mvc.perform(asAdmin(post(API + "/{id}/disable", id)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": %d}".formatted(json.readTree(updated).get("version").asLong())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/agencies").with(httpBasic("api.created", "sông Hồng chảy qua Lào Cai")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void badAccountsAreProblemDetailsWithTheFieldNeverA500() throws Exception {
        fixtures.account(ADMIN, "VN-BCA", Role.ADMIN);
        long laoCai = fixtures.agency("VN-LC-CA").id();

        createWithPassword("api.weak", laoCai, "password1234")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.fieldErrors[0].field").value("password"))
                .andExpect(jsonPath("$.fieldErrors[0].code").value("password.rule.common"))
                .andExpect(jsonPath("$.fieldErrors[0].message").value(text("password.rule.common")));
        createWithPassword("api.long", laoCai, "ễ".repeat(60))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].code").value("password.rule.tooManyBytes"));
        createWithPassword("api.longer", laoCai, "x-" + "k".repeat(200))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].code").value("password.rule.tooLong"));
        createWithPassword("api.named", laoCai, "the-api.named-password")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].code").value("password.rule.username"));
        createWithPassword(ADMIN, laoCai, "sông Hồng chảy qua Lào Cai")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].code").value("account.error.usernameTaken"));
        mvc.perform(asAdmin(post(API)).contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"api.empty\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("password")));
        mvc.perform(asAdmin(get(API)).param("size", "201")).andExpect(status().isBadRequest());
        mvc.perform(asAdmin(get(API)).param("page", "-1")).andExpect(status().isBadRequest());
        mvc.perform(asAdmin(get(API + "/{id}", Long.MAX_VALUE))).andExpect(status().isNotFound());
        assertThat(accounts.findByUsernameIgnoreCase("api.weak")).isEmpty();
        assertThat(accounts.findByUsernameIgnoreCase("api.long")).isEmpty();
    }

    @Test
    void aResetPasswordIsReturnedOnceAndMustBeChangedAndUnlockLiftsTheThrottles() throws Exception {
        fixtures.account(ADMIN, "VN-BCA", Role.ADMIN);
        UserAccount target = accounts.findByUsernameIgnoreCase(
                fixtures.account("account-api.forgetful", "VN-LC-CA", Role.VIEWER).getUsername()).orElseThrow();
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(Attempts.basic(target.getUsername(), "wrong-" + attempt, "10.7.0.1"));
        }
        assertThat(throttles.refusal(target.getUsername(), "10.7.0.1")).isPresent();

        mvc.perform(asAdmin(post(API + "/{id}/unlock", target.getId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(target.getUsername()))
                .andExpect(jsonPath("$.liftedThrottles").value(2));
        assertThat(throttles.refusal(target.getUsername(), "10.7.0.1")).isEmpty();

        String answer = mvc.perform(asAdmin(post(API + "/{id}/reset-password", target.getId()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": %d}".formatted(target.getVersion())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(target.getUsername()))
                .andReturn().getResponse().getContentAsString();
        String password = json.readTree(answer).get("password").asString();
        assertThat(password).hasSize(16);
        mvc.perform(asAdmin(get(API + "/{id}", target.getId()))).andExpect(jsonPath("$.passwordMustChange").value(true));
        mvc.perform(get("/api/v1/agencies").with(httpBasic(target.getUsername(), password))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agencies").with(httpBasic(target.getUsername(), Fixtures.PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void nobodyButAnAdministratorMayUseIt() throws Exception {
        String officer = fixtures.account("account-api.officer", "VN-BCA", Role.OFFICER, Role.REPORTER, Role.VIEWER).getUsername();
        long own = accounts.findByUsernameIgnoreCase(officer).orElseThrow().getId();

        mvc.perform(get(API).with(httpBasic(officer, Fixtures.PASSWORD))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/forbidden"));
        mvc.perform(get(API + "/{id}", own).with(httpBasic(officer, Fixtures.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post(API).with(httpBasic(officer, Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"username": "api.by-officer", "displayName": "X", "agencyId": 1, "roles": ["ADMIN"],
                         "password": "sông Hồng chảy qua Lào Cai"}"""))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/{id}/reset-password", own).with(httpBasic(officer, Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}")).andExpect(status().isForbidden());
        mvc.perform(post(API + "/{id}/unlock", own).with(httpBasic(officer, Fixtures.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get(API)).andExpect(status().isUnauthorized());
        assertThat(accounts.findByUsernameIgnoreCase("api.by-officer")).isEmpty();
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/accounts']").exists())
                .andExpect(jsonPath("$.components.schemas.AccountDetail.properties.passwordHash").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.AccountRow").exists())
                .andExpect(jsonPath("$.components.schemas.AccountDetail.properties.password").doesNotExist());
    }

    private org.springframework.test.web.servlet.ResultActions createWithPassword(String username, long agencyId, String password)
            throws Exception {
        return mvc.perform(asAdmin(post(API)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(java.util.Map.of("username", username, "displayName", "Thử",
                        "agencyId", agencyId, "roles", java.util.List.of("OFFICER"), "password", password))));
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(ADMIN, Fixtures.PASSWORD));
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("vi"));
    }
}
