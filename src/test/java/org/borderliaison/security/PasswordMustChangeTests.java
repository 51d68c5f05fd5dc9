package org.borderliaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.borderliaison.security.domain.UserAccount;
import org.borderliaison.security.domain.UserAccountRepository;
import org.borderliaison.security.domain.UserAccountService;
import org.borderliaison.shared.Role;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A password someone was given (an administrator's reset; the generated first administrator password, see
 * FirstAdministratorTests) must be replaced before anything else: pages lead to the password form, the API says 403.
 */
class PasswordMustChangeTests extends IntegrationTest {

    private static final String OWN_PASSWORD = "my-own-chosen-phrase";

    @Autowired
    UserAccountService service;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    MessageSource messages;

    @Test
    void aUserSignedInWithAGivenPasswordSeesOnlyThePasswordFormUntilTheyChooseTheirOwn() throws Exception {
        String username = fixtures.account("must-change.page", "VN-LC-CA", Role.OFFICER).getUsername();
        String given = reset(username);

        MvcResult signedIn = mvc.perform(Attempts.form(username, given, "10.6.0.1")).andExpect(redirectedUrl("/")).andReturn();
        mvc.perform(get("/").with(Sessions.of(signedIn))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/agencies").with(Sessions.of(signedIn))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/agencies").with(Sessions.of(signedIn))).andExpect(status().isForbidden());
        mvc.perform(get("/account/password").with(Sessions.of(signedIn)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text("password.mustChange"))));

        mvc.perform(post("/account/password").with(Sessions.of(signedIn)).with(csrf())
                        .param("currentPassword", given).param("newPassword", OWN_PASSWORD).param("confirmPassword", OWN_PASSWORD))
                .andExpect(redirectedUrl("/"));

        assertThat(account(username).isPasswordMustChange()).isFalse();
        mvc.perform(get("/").with(Sessions.of(signedIn))).andExpect(status().isOk());
        mvc.perform(get("/account/password").with(Sessions.of(signedIn)))
                .andExpect(content().string(not(containsString("id=\"must-change\""))));
        mvc.perform(get("/api/v1/agencies").with(httpBasic(username, OWN_PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void theApiRefusesAGivenPasswordWith403ProblemDetails() throws Exception {
        String username = fixtures.account("must-change.api", "VN-LC-CA", Role.OFFICER).getUsername();
        String given = reset(username);

        mvc.perform(get("/api/v1/agencies").with(httpBasic(username, given)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/password-change-required"))
                .andExpect(jsonPath("$.detail").value(text("error.passwordMustChange")));
    }

    private String reset(String username) {
        UserAccount account = account(username);
        return fixtures.asSystemAdmin(() -> service.resetPassword(account.getId(), account.getVersion()));
    }

    private UserAccount account(String username) {
        return accounts.findByUsernameIgnoreCase(username).orElseThrow();
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("vi"));
    }
}
