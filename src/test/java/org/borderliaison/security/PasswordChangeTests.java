package org.borderliaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.audit.AccessLogEntry;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Any signed-in user changes their own password; the change is logged and the new password signs in. */
class PasswordChangeTests extends IntegrationTest {

    private static final String FORM_VIEW = "security/password-form";
    private static final String NEW_PASSWORD = "a-brand-new-password";

    @Autowired
    AccessLog accessLog;

    @Autowired
    MessageSource messages;

    @Test
    void aUserChangesTheirPasswordAndTheNewOneSignsIn() throws Exception {
        SignedInUser viewer = fixtures.account("password.changer", "VN-LC-CA", Role.VIEWER);
        mvc.perform(get("/account/password").with(user(viewer)))
                .andExpect(status().isOk())
                .andExpect(view().name(FORM_VIEW));

        mvc.perform(change(viewer, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("flashMessage", text("account.passwordChanged")));

        mvc.perform(formLogin().user(viewer.getUsername()).password(NEW_PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user(viewer.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        assertThat(accessLog.recent(viewer.getUsername(), PageRequest.of(0, 20)).map(AccessLogEntry::getEvent))
                .contains(AccessEvent.PASSWORD_CHANGED);
    }

    @Test
    void twoDifferentNewPasswordsAreAFieldErrorAndChangeNothing() throws Exception {
        SignedInUser officer = fixtures.account("password.mismatch", "VN-LC-CA", Role.OFFICER);

        mvc.perform(change(officer, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x"))
                .andExpect(status().isOk())
                .andExpect(view().name(FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "confirmPassword", "account.error.mismatch"))
                .andExpect(content().string(containsString(text("account.error.mismatch"))));

        mvc.perform(formLogin().user(officer.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void theServiceRulesComeBackAsFieldErrors() throws Exception {
        SignedInUser officer = fixtures.account("password.rules", "VN-LC-CA", Role.OFFICER);

        mvc.perform(change(officer, "not-my-password", NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "account.error.wrongPassword"));
        mvc.perform(change(officer, Fixtures.PASSWORD, "short", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.rule.tooShort"))
                .andExpect(content().string(containsString(text("password.rule.tooShort", 12, 64))));
        mvc.perform(change(officer, Fixtures.PASSWORD, "qwertyuiop12", "qwertyuiop12"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.rule.common"));
        mvc.perform(change(officer, Fixtures.PASSWORD, "password.rules-is-me", "password.rules-is-me"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.rule.username"))
                .andExpect(content().string(containsString(text("password.rule.username"))));
        // Past bcrypt's 72 bytes, in either field: field errors, never a 500.
        String tooManyBytes = "Mật-khẩu-dài-" + "ấ".repeat(25);
        mvc.perform(change(officer, Fixtures.PASSWORD, tooManyBytes, tooManyBytes))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.rule.tooManyBytes"));
        mvc.perform(change(officer, "x".repeat(100), NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "account.error.wrongPassword"));
        mvc.perform(change(officer, Fixtures.PASSWORD, Fixtures.PASSWORD, Fixtures.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "account.error.samePassword"));

        mvc.perform(formLogin().user(officer.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    private MockHttpServletRequestBuilder change(SignedInUser user, String current, String newPassword, String confirmation) {
        return post("/account/password").with(user(user)).with(csrf())
                .param("currentPassword", current)
                .param("newPassword", newPassword)
                .param("confirmPassword", confirmation);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag("vi"));
    }
}
