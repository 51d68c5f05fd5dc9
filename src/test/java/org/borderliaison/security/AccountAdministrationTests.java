package org.borderliaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.audit.AccessLogEntry;
import org.borderliaison.security.domain.SignInThrottles;
import org.borderliaison.security.domain.ThrottleKind;
import org.borderliaison.security.domain.ThrottleView;
import org.borderliaison.security.domain.UserAccount;
import org.borderliaison.security.domain.UserAccountRepository;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;

/** The administrators' account pages: who may use them, creating, editing, resetting, unlocking, the access log. */
class AccountAdministrationTests extends IntegrationTest {

    private static final String FORM_VIEW = "security/account-form";
    private static final String NEW_PASSWORD = "a-long-initial-password";

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    AccessLog accessLog;

    @Autowired
    MessageSource messages;

    @Autowired
    SignInThrottles throttles;

    @Test
    void anOfficerMayNotOpenTheAdministrationPages() throws Exception {
        SignedInUser officer = fixtures.account("admin-pages.officer", "VN-LC-CA", Role.OFFICER);

        mvc.perform(get("/admin/accounts").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts/new").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/access-log").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(newAccount(officer, "made.by-officer").param("roles", "ADMIN")).andExpect(status().isForbidden());
        assertThat(accounts.findByUsernameIgnoreCase("made.by-officer")).isEmpty();
    }

    @Test
    void anAdministratorCreatesAnAccountThroughTheForm() throws Exception {
        SignedInUser admin = fixtures.account("admin-pages.creator", "VN-BCA", Role.ADMIN);
        AgencyView laoCai = fixtures.agency("VN-LC-CA");
        mvc.perform(get("/admin/accounts/new").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(view().name(FORM_VIEW))
                .andExpect(content().string(containsString("name=\"username\"")));

        mvc.perform(newAccount(admin, "nguyen.van-an").param("roles", "OFFICER", "REPORTER"))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("flashMessage", text("account.created", "nguyen.van-an")));

        UserAccount created = accounts.findByUsernameIgnoreCase("nguyen.van-an").orElseThrow();
        assertThat(created.getDisplayName()).isEqualTo("Nguyễn Văn An");
        assertThat(created.getAgencyId()).isEqualTo(laoCai.id());
        assertThat(created.getRoles()).containsExactlyInAnyOrder(Role.OFFICER, Role.REPORTER);
        assertThat(created.isEnabled()).isTrue();
        mvc.perform(formLogin().user("nguyen.van-an").password(NEW_PASSWORD)).andExpect(redirectedUrl("/"));

        mvc.perform(get("/admin/accounts").param("q", "van-an").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nguyen.van-an")))
                .andExpect(content().string(containsString(laoCai.nameVi())))
                .andExpect(content().string(containsString(text("role.REPORTER"))))
                .andExpect(content().string(containsString(text("account.statusEnabled"))));
    }

    @Test
    void aBadFormComesBackWithFieldErrorsAndSavesNothing() throws Exception {
        SignedInUser admin = fixtures.account("admin-pages.strict", "VN-BCA", Role.ADMIN);
        SignedInUser existing = fixtures.account("admin-pages.taken", "VN-LC-CA", Role.OFFICER);
        String takenName = existing.displayName();

        mvc.perform(newAccount(admin, existing.getUsername()).param("roles", "OFFICER"))
                .andExpect(status().isOk())
                .andExpect(view().name(FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("account", "username", "account.error.usernameTaken"))
                .andExpect(content().string(containsString(text("account.error.usernameTaken", existing.getUsername()))));
        assertThat(accounts.findByUsernameIgnoreCase(existing.getUsername()).orElseThrow().getDisplayName()).isEqualTo(takenName);

        mvc.perform(newAccount(admin, "short.password", "short").param("roles", "OFFICER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("account", "password", "password.rule.tooShort"))
                .andExpect(content().string(containsString(text("password.rule.tooShort", 12, 64))));
        assertThat(accounts.findByUsernameIgnoreCase("short.password")).isEmpty();

        mvc.perform(newAccount(admin, "common.password", "password1234").param("roles", "OFFICER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("account", "password", "password.rule.common"))
                .andExpect(content().string(containsString(text("password.rule.common"))));
        mvc.perform(newAccount(admin, "named.password", "my-named.password-is-long").param("roles", "OFFICER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("account", "password", "password.rule.username"));
        // Past bcrypt's 72 bytes: a field error, never a 500.
        mvc.perform(newAccount(admin, "long.password", "ễ".repeat(30)).param("roles", "OFFICER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("account", "password", "password.rule.tooManyBytes"));
        mvc.perform(newAccount(admin, "long.password", "k".repeat(65) + "-x").param("roles", "OFFICER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("account", "password", "password.rule.tooLong"))
                .andExpect(content().string(containsString(text("password.rule.tooLong", 12, 64))));
        assertThat(accounts.findByUsernameIgnoreCase("common.password")).isEmpty();
        assertThat(accounts.findByUsernameIgnoreCase("named.password")).isEmpty();
        assertThat(accounts.findByUsernameIgnoreCase("long.password")).isEmpty();

        mvc.perform(newAccount(admin, "no.role"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("account", "roles"))
                // what was typed stays in the form
                .andExpect(content().string(containsString("value=\"no.role\"")))
                .andExpect(content().string(containsString("value=\"Nguyễn Văn An\"")));
        assertThat(accounts.findByUsernameIgnoreCase("no.role")).isEmpty();

        mvc.perform(newAccount(admin, "Not Allowed!").param("roles", "OFFICER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("account", "username", "account.username.pattern"));
        assertThat(accounts.findByUsernameIgnoreCase("not allowed!")).isEmpty();
    }

    @Test
    void anEditOnAStaleVersionShowsTheConflictKeepsTheInputAndOverwritesNothing() throws Exception {
        SignedInUser admin = fixtures.account("admin-pages.editor", "VN-BCA", Role.ADMIN);
        UserAccount target = account(fixtures.account("admin-pages.edited", "VN-LC-CA", Role.OFFICER));
        long versionSeenByBoth = target.getVersion();

        mvc.perform(get("/admin/accounts/{id}/edit", target.getId()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"" + versionSeenByBoth + "\"")));
        mvc.perform(edit(admin, target, versionSeenByBoth, "Người sửa trước").param("roles", "OFFICER"))
                .andExpect(redirectedUrl("/admin/accounts?q=admin-pages.edited"))
                .andExpect(flash().attribute("flashMessage", text("common.saved")));

        MvcResult conflict = mvc.perform(edit(admin, target, versionSeenByBoth, "Người sửa sau").param("roles", "VIEWER"))
                .andExpect(status().isOk())
                .andExpect(view().name(FORM_VIEW))
                .andExpect(content().string(containsString(text("error.staleVersion"))))
                .andExpect(content().string(containsString("value=\"Người sửa sau\"")))
                .andReturn();

        assertThat(errors(conflict).getGlobalErrors()).extracting(error -> error.getCode()).containsExactly("error.staleVersion");
        UserAccount stored = account(target.getUsername());
        assertThat(stored.getDisplayName()).isEqualTo("Người sửa trước");
        assertThat(stored.getRoles()).containsExactly(Role.OFFICER);
    }

    @Test
    void failedSignInsOfTheUserDoNotMakeAnOpenEditFormStale() throws Exception {
        SignedInUser admin = fixtures.account("admin-pages.patient", "VN-BCA", Role.ADMIN);
        UserAccount opened = account(fixtures.account("admin-pages.mistyping", "VN-LC-CA", Role.OFFICER));

        mvc.perform(Attempts.form(opened.getUsername(), "mistyped-1", "10.5.0.1")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(Attempts.form(opened.getUsername(), "mistyped-2", "10.5.0.1")).andExpect(redirectedUrl("/login?error"));
        UserAccount afterFailures = account(opened.getUsername());
        assertThat(fixtures.asSystemAdmin(() -> throttles.forUsername(opened.getUsername())))
                .filteredOn(throttle -> throttle.kind() == ThrottleKind.USERNAME_ADDRESS)
                .extracting(ThrottleView::failures).containsExactly(2);
        assertThat(afterFailures.getVersion()).isEqualTo(opened.getVersion());

        mvc.perform(edit(admin, opened, opened.getVersion(), "Sửa sau khi gõ sai").param("roles", "OFFICER"))
                .andExpect(redirectedUrl("/admin/accounts?q=admin-pages.mistyping"));
        assertThat(account(opened.getUsername()).getDisplayName()).isEqualTo("Sửa sau khi gõ sai");
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRoleNorDisableThemselves() throws Exception {
        SignedInUser admin = fixtures.account("admin-pages.self", "VN-BCA", Role.ADMIN);
        UserAccount own = account(admin.getUsername());

        mvc.perform(edit(admin, own, own.getVersion(), "Tự hạ quyền").param("roles", "OFFICER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("account", "roles", "account.error.selfDemotion"))
                .andExpect(content().string(containsString(text("account.error.selfDemotion"))));
        mvc.perform(edit(admin, own, own.getVersion(), "Tự vô hiệu hóa", false).param("roles", "ADMIN"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("account", "roles", "account.error.selfDemotion"));

        UserAccount stored = account(admin.getUsername());
        assertThat(stored.getRoles()).containsExactly(Role.ADMIN);
        assertThat(stored.isEnabled()).isTrue();
        assertThat(stored.getDisplayName()).isEqualTo(own.getDisplayName());
    }

    @Test
    void aThrottledAccountShowsInTheListAndAnAdministratorUnlocksIt() throws Exception {
        SignedInUser admin = fixtures.account("admin-pages.unlocker", "VN-BCA", Role.ADMIN);
        SignedInUser throttled = fixtures.account("admin-pages.locked", "VN-LC-CA", Role.OFFICER);
        throttleByBasic(throttled.getUsername(), "10.5.0.2");
        UserAccount before = account(throttled.getUsername());
        mvc.perform(Attempts.basic(throttled.getUsername(), Fixtures.PASSWORD, "10.5.0.2")).andExpect(status().isTooManyRequests());

        mvc.perform(get("/admin/accounts").param("q", "admin-pages.locked").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text("account.statusThrottled", "").strip())))
                .andExpect(content().string(containsString("/admin/accounts/" + before.getId() + "/unlock")));
        mvc.perform(get("/admin/accounts/{id}/edit", before.getId()).with(user(admin)))
                .andExpect(content().string(containsString("id=\"unlock-form\"")));

        mvc.perform(post("/admin/accounts/{id}/unlock", before.getId()).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("flashMessage", text("account.unlocked")));

        assertThat(fixtures.asSystemAdmin(() -> throttles.forUsername(throttled.getUsername()))).isEmpty();
        mvc.perform(get("/admin/accounts").param("q", "admin-pages.locked").with(user(admin)))
                .andExpect(content().string(not(containsString("/admin/accounts/" + before.getId() + "/unlock"))));
        mvc.perform(Attempts.basic(throttled.getUsername(), Fixtures.PASSWORD, "10.5.0.2")).andExpect(status().isOk());
    }

    @Test
    void resettingAPasswordShowsTheNewOneOnceAndItSignsIn() throws Exception {
        SignedInUser admin = fixtures.account("admin-pages.resetter", "VN-BCA", Role.ADMIN);
        UserAccount target = account(fixtures.account("admin-pages.forgetful", "VN-LC-CA", Role.VIEWER));

        MvcResult reset = mvc.perform(post("/admin/accounts/{id}/reset-password", target.getId())
                        .param("version", String.valueOf(target.getVersion())).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + target.getId() + "/edit"))
                .andReturn();

        String message = (String) reset.getFlashMap().get("flashMessage");
        Matcher generated = Pattern.compile(": (\\S{16}) ").matcher(message);
        assertThat(generated.find()).as(message).isTrue();
        String password = generated.group(1);
        assertThat(message).isEqualTo(text("account.passwordReset", target.getUsername(), password));
        assertThat(account(target.getUsername()).isPasswordMustChange()).isTrue();
        mvc.perform(get("/admin/accounts").param("q", target.getUsername()).with(user(admin)))
                .andExpect(content().string(containsString(text("account.passwordMustChange"))));
        mvc.perform(formLogin().user(target.getUsername()).password(password)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user(target.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        assertThat(events(target.getUsername())).contains(AccessEvent.PASSWORD_CHANGED);

        // A reset sent from a page loaded before the first one is refused rather than silently repeated.
        mvc.perform(post("/admin/accounts/{id}/reset-password", target.getId())
                        .param("version", String.valueOf(target.getVersion())).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + target.getId() + "/edit"))
                .andExpect(flash().attribute("flashWarning", text("error.staleVersion")));
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        SignedInUser admin = fixtures.account("admin-pages.lost", "VN-BCA", Role.ADMIN);

        mvc.perform(get("/admin/accounts/{id}/edit", Long.MAX_VALUE).with(user(admin))).andExpect(status().isNotFound());
    }

    @Test
    void theAccessLogListsTheSignInsOfOneUser() throws Exception {
        SignedInUser admin = fixtures.account("admin-pages.auditor", "VN-BCA", Role.ADMIN);
        String username = fixtures.account("admin-pages.watched", "VN-LC-CA", Role.OFFICER).getUsername();
        mvc.perform(Attempts.form(username, "not-the-password", "10.5.0.3")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(Attempts.form(username, Fixtures.PASSWORD, "10.5.0.3")).andExpect(redirectedUrl("/"));

        mvc.perform(get("/admin/access-log").param("username", username).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(view().name("security/access-log"))
                .andExpect(model().attribute("page", org.hamcrest.Matchers.hasProperty("totalElements", org.hamcrest.Matchers.is(2L))))
                .andExpect(content().string(containsString(text("accessEvent.SIGN_IN"))))
                .andExpect(content().string(containsString(text("accessEvent.SIGN_IN_FAILED"))));
        mvc.perform(get("/admin/access-log").with(user(admin))).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder newAccount(SignedInUser admin, String username) {
        return newAccount(admin, username, NEW_PASSWORD);
    }

    private MockHttpServletRequestBuilder newAccount(SignedInUser admin, String username, String password) {
        return post("/admin/accounts/new").with(user(admin)).with(csrf())
                .param("username", username)
                .param("displayName", "Nguyễn Văn An")
                .param("agencyId", String.valueOf(fixtures.agency("VN-LC-CA").id()))
                .param("enabled", "true").param("_enabled", "on")
                .param("_roles", "on")
                .param("password", password);
    }

    private MockHttpServletRequestBuilder edit(SignedInUser admin, UserAccount account, long version, String displayName) {
        return edit(admin, account, version, displayName, true);
    }

    private MockHttpServletRequestBuilder edit(SignedInUser admin, UserAccount account, long version, String displayName,
            boolean enabled) {
        MockHttpServletRequestBuilder request = post("/admin/accounts/{id}/edit", account.getId()).with(user(admin)).with(csrf())
                .param("displayName", displayName)
                .param("agencyId", String.valueOf(account.getAgencyId()))
                .param("_enabled", "on")
                .param("_roles", "on")
                .param("version", String.valueOf(version));
        return enabled ? request.param("enabled", "true") : request;
    }

    private void throttleByBasic(String username, String address) throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(Attempts.basic(username, "wrong-password-" + attempt, address)).andExpect(status().isUnauthorized());
        }
    }

    private java.util.List<AccessEvent> events(String username) {
        return accessLog.recent(username, PageRequest.of(0, 50)).map(AccessLogEntry::getEvent).getContent();
    }

    private UserAccount account(SignedInUser user) {
        return account(user.getUsername());
    }

    private UserAccount account(String username) {
        return accounts.findByUsernameIgnoreCase(username).orElseThrow();
    }

    private static BindingResult errors(MvcResult result) {
        return (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "account");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag("vi"));
    }
}
