package org.borderliaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
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
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in through the form and HTTP Basic: what strangers get, where a user lands, the first administrator. */
class SignInTests extends IntegrationTest {

    private static final String API = Attempts.API;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UserAccountService service;

    @Autowired
    MessageSource messages;

    @Value("${liaison.security.admin-password}")
    String adminPassword;

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameMessage() throws Exception {
        String username = fixtures.account("signin.same-message", "VN-LC-CA", Role.OFFICER).getUsername();

        String wrongPassword = errorOnLoginPage(mvc.perform(Attempts.form(username, "wrong-password-1", "10.2.0.1"))
                .andExpect(redirectedUrl("/login?error")).andReturn());
        String unknownUser = errorOnLoginPage(mvc.perform(Attempts.form("signin.nobody-here", "wrong-password-1", "10.2.0.1"))
                .andExpect(redirectedUrl("/login?error")).andReturn());

        assertThat(wrongPassword).isEqualTo(unknownUser).isEqualTo(text("login.error"));
    }

    @Test
    void aDisabledAccountIsToldOnlyAfterTheRightPassword() throws Exception {
        fixtures.account("signin.disabled", "VN-LC-CA", Role.OFFICER);
        UserAccount account = account("signin.disabled");
        fixtures.asSystemAdmin(() -> service.disable(account.getId(), account.getVersion()));

        String wrongPassword = errorOnLoginPage(mvc.perform(Attempts.form("signin.disabled", "wrong-password-1", "10.2.0.2"))
                .andExpect(redirectedUrl("/login?error")).andReturn());
        String rightPassword = errorOnLoginPage(mvc.perform(Attempts.form("signin.disabled", Fixtures.PASSWORD, "10.2.0.2"))
                .andExpect(redirectedUrl("/login?error")).andReturn());

        assertThat(wrongPassword).isEqualTo(text("login.error"));
        assertThat(rightPassword).isEqualTo(text("login.disabled"));
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsAWrongPasswordNotAnError() throws Exception {
        String username = fixtures.account("signin.long-password", "VN-LC-CA", Role.OFFICER).getUsername();
        String tooLong = "ễ".repeat(40);

        mvc.perform(Attempts.form(username, tooLong, "10.2.0.3")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(Attempts.basic(username, "x".repeat(500), "10.2.0.3")).andExpect(status().isUnauthorized());
        mvc.perform(Attempts.form(username, Fixtures.PASSWORD, "10.2.0.3")).andExpect(redirectedUrl("/"));
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
                .andExpect(content().string(containsString(text("account.changePassword.title"))))
                .andExpect(content().string(not(containsString("id=\"must-change\""))));
    }

    @Test
    void theFirstAdministratorExistsWithTheConfiguredPasswordWhichNeedNotBeChanged() throws Exception {
        UserAccount admin = account("admin");

        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.isPasswordMustChange()).isFalse();
        assertThat(admin.getAgencyId()).isEqualTo(fixtures.agency(FirstAdministrator.MINISTRY_CODE).id());
        mvc.perform(formLogin().user("admin").password(adminPassword)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/accounts").with(httpBasic("admin", adminPassword))).andExpect(status().isOk());
    }

    private String errorOnLoginPage(MvcResult failed) throws Exception {
        String page = mvc.perform(get("/login").param("error", "").with(Sessions.of(failed)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher error = java.util.regex.Pattern.compile("id=\"login-error\"[^>]*>([^<]*)<").matcher(page);
        assertThat(error.find()).as("an error on the sign-in page").isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(error.group(1));
    }

    private UserAccount account(String username) {
        return accounts.findByUsernameIgnoreCase(username).orElseThrow();
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("vi"));
    }
}
