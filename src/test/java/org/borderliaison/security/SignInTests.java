package org.borderliaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Locale;
import org.borderliaison.security.domain.UserAccount;
import org.borderliaison.security.domain.UserAccountRepository;
import org.borderliaison.shared.Role;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in through the form and HTTP Basic: lockout, what strangers get, where a user lands, the first administrator. */
class SignInTests extends IntegrationTest {

    private static final String API = "/api/v1/agencies";
    private static final int MAX_ATTEMPTS = 5;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    MessageSource messages;

    @Value("${liaison.security.admin-password}")
    String adminPassword;

    @Test
    void fiveWrongPasswordsOnTheFormLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String username = fixtures.account("signin.lock-form", "VN-LC-CA", Role.OFFICER).getUsername();

        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong-password-" + attempt))
                    .andExpect(redirectedUrl("/login?error"));
        }
        MvcResult refused = mvc.perform(formLogin().user(username).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        mvc.perform(get("/login").param("error", "").with(Sessions.of(refused)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text("login.locked"))));
        assertThat(account(username).getLockedUntil()).isAfter(Instant.now());
    }

    @Test
    void fiveWrongPasswordsOverHttpBasicLockTheAccountForTheApi() throws Exception {
        String username = fixtures.account("signin.lock-basic", "VN-LC-CA", Role.OFFICER).getUsername();
        mvc.perform(get(API).with(httpBasic(username, Fixtures.PASSWORD)))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).as("before the lock").isNotEqualTo(401));

        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            mvc.perform(get(API).with(httpBasic(username, "wrong-password-" + attempt)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get(API).with(httpBasic(username, Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        assertThat(account(username).isLocked(Instant.now())).isTrue();
    }

    @Test
    void anUnauthenticatedApiCallGetsAProblemDetails401() throws Exception {
        mvc.perform(get(API).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(result -> assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic"))
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/unauthorized"))
                .andExpect(jsonPath("$.title").value(text("error.unauthorized.title")))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void anUnauthenticatedPageRedirectsToTheSignInPageAndSigningInLandsOnThePageFirstAskedFor() throws Exception {
        String username = fixtures.account("signin.landing", "VN-LC-CA", Role.VIEWER).getUsername();

        MvcResult asked = mvc.perform(get("/account/password").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"))
                .andReturn();

        MvcResult signedIn = mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD)
                        .with(csrf()).with(Sessions.of(asked)))
                .andExpect(status().isFound())
                .andReturn();
        String landing = signedIn.getResponse().getRedirectedUrl();
        assertThat(landing).contains("/account/password");

        mvc.perform(get(landing).accept(MediaType.TEXT_HTML).with(Sessions.of(signedIn)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text("account.changePassword.title"))));
    }

    @Test
    void theFirstAdministratorExistsWithTheConfiguredPassword() throws Exception {
        UserAccount admin = account("admin");

        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.getAgencyId()).isEqualTo(fixtures.agency(FirstAdministrator.MINISTRY_CODE).id());
        mvc.perform(formLogin().user("admin").password(adminPassword)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/accounts").with(httpBasic("admin", adminPassword))).andExpect(status().isOk());
    }

    private UserAccount account(String username) {
        return accounts.findByUsernameIgnoreCase(username).orElseThrow();
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("vi"));
    }
}
