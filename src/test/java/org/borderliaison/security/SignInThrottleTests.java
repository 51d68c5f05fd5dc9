package org.borderliaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.audit.AccessLogEntry;
import org.borderliaison.security.domain.SignInThrottles;
import org.borderliaison.security.domain.ThrottleKind;
import org.borderliaison.security.domain.ThrottleView;
import org.borderliaison.security.domain.UserAccountRepository;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/**
 * Sign-in throttling: growing delays per (username, address), per address and per username, refused attempts that
 * check no password and say the same for every username, HTTP Basic on the same path, administrators lifting it.
 * Every test uses client addresses of its own.
 */
class SignInThrottleTests extends IntegrationTest {

    private static final int PAIR_THRESHOLD = 5;

    @Autowired
    SignInThrottles throttles;

    @Autowired
    SecurityProperties properties;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    AccessLog accessLog;

    @Autowired
    MessageSource messages;

    @Test
    void fiveWrongPasswordsFromOneAddressRefuseEvenTheRightOneThereForAMinuteThenTwo() throws Exception {
        String username = fixtures.account("throttle.pair", "VN-LC-CA", Role.OFFICER).getUsername();
        String address = "10.3.0.1";

        for (int attempt = 1; attempt < PAIR_THRESHOLD; attempt++) {
            mvc.perform(Attempts.form(username, "wrong-password-" + attempt, address)).andExpect(redirectedUrl("/login?error"));
            assertThat(throttles.refusal(username, address)).as("after failure %d", attempt).isEmpty();
        }
        mvc.perform(Attempts.form(username, "wrong-password-5", address)).andExpect(redirectedUrl("/login?error"));

        ThrottleView pair = throttle(username, address);
        assertThat(pair.failures()).isEqualTo(PAIR_THRESHOLD);
        assertThat(pair.blockedUntil()).isCloseTo(Instant.now().plus(Duration.ofMinutes(1)), within(10, ChronoUnit.SECONDS));

        MvcResult refused = mvc.perform(Attempts.form(username, Fixtures.PASSWORD, address))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        assertThat(errorOnLoginPage(refused)).isEqualTo(text("login.throttled", 1));
        assertThat(throttle(username, address).failures()).as("a refused attempt counts for nothing").isEqualTo(PAIR_THRESHOLD);

        // The next failure, once the minute is over, refuses for two minutes (counted here past the refusal).
        throttles.recordFailure(username, address);
        assertThat(throttle(username, address).blockedUntil())
                .isCloseTo(Instant.now().plus(Duration.ofMinutes(2)), within(10, ChronoUnit.SECONDS));
        assertThat(events(username)).contains(AccessEvent.SIGN_IN_FAILED, AccessEvent.SIGN_IN_THROTTLED);
    }

    @Test
    void aThrottledUnknownUsernameGetsExactlyTheAnswerOfAThrottledExistingOne() throws Exception {
        String existing = fixtures.account("throttle.existing", "VN-LC-CA", Role.OFFICER).getUsername();
        String unknown = "throttle.nobody";
        String address = "10.3.0.2";
        for (int attempt = 1; attempt <= PAIR_THRESHOLD; attempt++) {
            mvc.perform(Attempts.form(existing, "wrong-password-" + attempt, address));
            mvc.perform(Attempts.form(unknown, "wrong-password-" + attempt, address));
        }

        String forExisting = errorOnLoginPage(mvc.perform(Attempts.form(existing, Fixtures.PASSWORD, address)).andReturn());
        String forUnknown = errorOnLoginPage(mvc.perform(Attempts.form(unknown, Fixtures.PASSWORD, address)).andReturn());
        assertThat(forUnknown).isEqualTo(forExisting).isEqualTo(text("login.throttled", 1));

        String apiExisting = mvc.perform(Attempts.basic(existing, Fixtures.PASSWORD, address))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        String apiUnknown = mvc.perform(Attempts.basic(unknown, Fixtures.PASSWORD, address))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(apiUnknown).isEqualTo(apiExisting);
    }

    @Test
    void anAttackerAtOneAddressDoesNotKeepTheOwnerOutAtAnother() throws Exception {
        String username = fixtures.account("throttle.owner", "VN-LC-CA", Role.OFFICER).getUsername();
        String attacker = "10.0.0.9";
        for (int attempt = 1; attempt <= PAIR_THRESHOLD + 2; attempt++) {
            mvc.perform(Attempts.form(username, "guess-" + attempt, attacker));
        }

        mvc.perform(Attempts.form(username, Fixtures.PASSWORD, attacker)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(Attempts.form(username, Fixtures.PASSWORD, "10.0.0.10")).andExpect(redirectedUrl("/"));
        mvc.perform(Attempts.basic(username, Fixtures.PASSWORD, "10.0.0.10")).andExpect(status().isOk());
    }

    @Test
    void oneAddressTryingManyUsernamesIsRefusedForAllOfThemButOnlyThere() throws Exception {
        String username = fixtures.account("throttle.bystander", "VN-LC-CA", Role.OFFICER).getUsername();
        String sprayer = "10.3.0.3";
        int threshold = properties.throttle().address().threshold();
        // The sprayer's failures, counted through the service for speed; the last one goes through the form.
        for (int attempt = 1; attempt < threshold; attempt++) {
            throttles.recordFailure("throttle.sprayed-" + attempt, sprayer);
        }
        mvc.perform(Attempts.form("throttle.sprayed-last", "guess", sprayer)).andExpect(redirectedUrl("/login?error"));

        mvc.perform(Attempts.form(username, Fixtures.PASSWORD, sprayer)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(Attempts.basic(username, Fixtures.PASSWORD, sprayer)).andExpect(status().isTooManyRequests());
        mvc.perform(Attempts.form(username, Fixtures.PASSWORD, "10.3.0.4")).andExpect(redirectedUrl("/"));
    }

    @Test
    void guessesAtOneUsernameFromManyAddressesThrottleItUntilAnAdministratorUnlocksIt() throws Exception {
        SignedInUser admin = fixtures.account("throttle.unlocker", "VN-BCA", Role.ADMIN);
        String username = fixtures.account("throttle.targeted", "VN-LC-CA", Role.OFFICER).getUsername();
        int threshold = properties.throttle().username().threshold();
        for (int attempt = 1; attempt <= threshold; attempt++) {
            throttles.recordFailure(username, "10.4." + (attempt / 200) + "." + (attempt % 200));
        }
        mvc.perform(Attempts.form(username, Fixtures.PASSWORD, "10.3.0.5")).andExpect(redirectedUrl("/login?error"));
        long id = accounts.findByUsernameIgnoreCase(username).orElseThrow().getId();

        mvc.perform(get("/admin/accounts").param("q", username).with(user(admin)))
                .andExpect(content().string(containsString("/admin/accounts/" + id + "/unlock")));
        mvc.perform(post("/admin/accounts/{id}/unlock", id).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("flashMessage", text("account.unlocked")));

        assertThat(throttles.refusal(username, "10.3.0.5")).isEmpty();
        mvc.perform(Attempts.form(username, Fixtures.PASSWORD, "10.3.0.5")).andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongBasicPasswordsCountAndAThrottledBasicCallGets429WithRetryAfter() throws Exception {
        String username = fixtures.account("throttle.basic", "VN-LC-CA", Role.OFFICER).getUsername();
        String address = "10.3.0.6";
        mvc.perform(Attempts.basic(username, Fixtures.PASSWORD, address)).andExpect(status().isOk());

        for (int attempt = 1; attempt <= PAIR_THRESHOLD; attempt++) {
            mvc.perform(Attempts.basic(username, "wrong-password-" + attempt, address)).andExpect(status().isUnauthorized());
        }

        MvcResult refused = mvc.perform(Attempts.basic(username, Fixtures.PASSWORD, address))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/sign-in-throttled"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(text("login.throttled", 1)))
                .andReturn();
        long retryAfter = Long.parseLong(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, 60L);
        // The same throttle holds on the page chain's HTTP Basic (monitoring scripts on the actuator).
        mvc.perform(get("/actuator/metrics").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic(username, Fixtures.PASSWORD)).with(Attempts.from(address)))
                .andExpect(status().isTooManyRequests());
        assertThat(throttle(username, address).failures()).isEqualTo(PAIR_THRESHOLD);
    }

    @Test
    void administratorsSeeTheThrottlesAndLiftOne() throws Exception {
        SignedInUser admin = fixtures.account("throttle.admin", "VN-BCA", Role.ADMIN);
        SignedInUser officer = fixtures.account("throttle.officer", "VN-LC-CA", Role.OFFICER);
        String username = fixtures.account("throttle.listed", "VN-LC-CA", Role.VIEWER).getUsername();
        String address = "10.3.0.7";
        for (int attempt = 1; attempt <= PAIR_THRESHOLD; attempt++) {
            mvc.perform(Attempts.form(username, "wrong-password-" + attempt, address));
        }
        ThrottleView pair = throttle(username, address);

        mvc.perform(get("/admin/throttles").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/throttles/lift").param("key", pair.key()).with(user(officer)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/throttles").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text("throttle.list.title"))))
                .andExpect(content().string(containsString(">" + username + "<")))
                .andExpect(content().string(containsString(">" + address + "<")))
                .andExpect(content().string(containsString("value=\"" + HtmlUtils.htmlEscape(pair.key()) + "\"")));

        mvc.perform(post("/admin/throttles/lift").param("key", pair.key()).with(user(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/throttles/lift").param("key", pair.key()).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/throttles"))
                .andExpect(flash().attribute("flashMessage", text("throttle.lifted")));

        assertThat(find(username, address)).isEmpty();
        mvc.perform(get("/admin/throttles").with(user(admin)))
                .andExpect(content().string(not(containsString("value=\"" + HtmlUtils.htmlEscape(pair.key()) + "\""))));
        mvc.perform(Attempts.form(username, Fixtures.PASSWORD, address)).andExpect(redirectedUrl("/"));
        // Lifting it again (a second administrator, a stale page) is no error.
        mvc.perform(post("/admin/throttles/lift").param("key", pair.key()).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/throttles"));
    }

    @Test
    void aSuccessfulSignInStartsThePairAfresh() throws Exception {
        String username = fixtures.account("throttle.typist", "VN-LC-CA", Role.OFFICER).getUsername();
        String address = "10.3.0.8";
        for (int attempt = 1; attempt < PAIR_THRESHOLD; attempt++) {
            mvc.perform(Attempts.form(username, "typo-" + attempt, address));
        }
        mvc.perform(Attempts.form(username, Fixtures.PASSWORD, address)).andExpect(redirectedUrl("/"));

        assertThat(find(username, address)).isEmpty();
        mvc.perform(Attempts.form(username, "typo-again", address));
        assertThat(throttle(username, address).failures()).isEqualTo(1);
    }

    @Test
    void oddUsernamesAndAddressesStillMakeValidKeys() throws Exception {
        String odd = "x\u0000y" + "ư".repeat(300);
        String long_ = "\ud83d\ude42".repeat(200) + "ư".repeat(300);

        // A control character in a form field is refused before sign-in (shared.web.RequestTextFilter); Basic
        // credentials are a header, so they reach the throttle, which must still make a key of them.
        mvc.perform(Attempts.form(odd, "whatever-password", "10.3.0.9")).andExpect(status().isBadRequest());
        mvc.perform(Attempts.form(long_, "whatever-password", "10.3.0.9")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(Attempts.basic(odd, "whatever-password", "10.3.0.9")).andExpect(status().isUnauthorized());
        mvc.perform(Attempts.basic(long_, "whatever-password", "10.3.0.9")).andExpect(status().isUnauthorized());
        throttles.recordFailure(odd, "\u0000 " + "f".repeat(300));
    }

    private ThrottleView throttle(String username, String address) {
        return find(username, address).orElseThrow();
    }

    private Optional<ThrottleView> find(String username, String address) {
        List<ThrottleView> all = fixtures.asSystemAdmin(() -> throttles.forUsername(username));
        return all.stream().filter(view -> view.kind() == ThrottleKind.USERNAME_ADDRESS && username.equals(view.username())
                && address.equals(view.remoteAddr())).findFirst();
    }

    private List<AccessEvent> events(String username) {
        return accessLog.recent(username, PageRequest.of(0, 50)).map(AccessLogEntry::getEvent).getContent();
    }

    private String errorOnLoginPage(MvcResult failed) throws Exception {
        String page = mvc.perform(get("/login").param("error", "").with(Sessions.of(failed)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher error = Pattern.compile("id=\"login-error\"[^>]*>([^<]*)<").matcher(page);
        assertThat(error.find()).as("an error on the sign-in page").isTrue();
        return HtmlUtils.htmlUnescape(error.group(1));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag("vi"));
    }
}
