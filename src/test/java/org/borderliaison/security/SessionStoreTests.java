package org.borderliaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.borderliaison.shared.Role;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.borderliaison.support.StatementLog;
import org.borderliaison.support.StatementLog.Recorded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions stay in the database (several instances), but reading a page does not write to it: a signed-in page read
 * costs one read of the session plus the page's own queries; the last-access time is written only when it has moved
 * by a minute or more; a changed attribute is saved at once; an expired session is refused.
 */
class SessionStoreTests extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSignedInPageReadReadsTheSessionOnceAndWritesNothing() throws Exception {
        MvcResult signedIn = signIn("session.reader");
        mvc.perform(get("/border-gates").with(Sessions.of(signedIn))).andExpect(status().isOk());
        long lastAccess = lastAccessTime(signedIn);

        Recorded read = StatementLog.during(() -> mvc.perform(get("/border-gates").with(Sessions.of(signedIn)))
                .andExpect(status().isOk()));

        read.entries().forEach(entry -> System.out.println("signed-in GET /border-gates> " + entry));
        assertThat(read.touching("spring_session")).as("statements on the session tables").hasSize(1);
        assertThat(read.writes()).as("writes of a page read").isEmpty();
        assertThat(lastAccessTime(signedIn)).isEqualTo(lastAccess);
    }

    @Test
    void theLastAccessTimeIsWrittenOnceItHasMovedByAMinute() throws Exception {
        MvcResult signedIn = signIn("session.returning");
        mvc.perform(get("/border-gates").with(Sessions.of(signedIn))).andExpect(status().isOk());
        long twoMinutesAgo = Instant.now().minus(Duration.ofMinutes(2)).toEpochMilli();
        lastAccessedAt(signedIn, twoMinutesAgo);

        Recorded read = StatementLog.during(() -> mvc.perform(get("/border-gates").with(Sessions.of(signedIn)))
                .andExpect(status().isOk()));

        assertThat(read.writes()).hasSize(1).allSatisfy(sql -> assertThat(sql).startsWith("update spring_session"));
        assertThat(lastAccessTime(signedIn)).isGreaterThan(twoMinutesAgo + Duration.ofMinutes(1).toMillis());
    }

    @Test
    void aChangedAttributeIsSavedAtOnce() throws Exception {
        String username = "session.writer";
        MvcResult signedIn = signIn(username);
        String chosen = "another-chosen-phrase";

        mvc.perform(post("/account/password").with(Sessions.of(signedIn)).with(csrf()).param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", chosen).param("confirmPassword", chosen))
                .andExpect(redirectedUrl("/"));

        // The flash message went into the session with the redirect; the next request reads it from the database.
        mvc.perform(get("/").with(Sessions.of(signedIn)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã đổi mật khẩu.")));
    }

    @Test
    void anExpiredSessionIsRefused() throws Exception {
        MvcResult signedIn = signIn("session.expired");
        lastAccessedAt(signedIn, Instant.now().minus(Duration.ofHours(9)).toEpochMilli());

        mvc.perform(get("/border-gates").with(Sessions.of(signedIn)).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Long.class,
                sessionId(signedIn))).isZero();
    }

    private MvcResult signIn(String username) throws Exception {
        fixtures.account(username, "VN-LC-CA", Role.OFFICER);
        return mvc.perform(Attempts.form(username, Fixtures.PASSWORD, "10.11.0.1")).andExpect(redirectedUrl("/")).andReturn();
    }

    private static String sessionId(MvcResult signedIn) {
        Cookie cookie = signedIn.getResponse().getCookie("SESSION");
        assertThat(cookie).as("the session cookie").isNotNull();
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }

    /** As if the session had last been used at {@code millis} (the timeout is 8 hours). */
    private void lastAccessedAt(MvcResult signedIn, long millis) {
        jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?", millis,
                millis + Duration.ofHours(8).toMillis(), sessionId(signedIn));
    }

    private long lastAccessTime(MvcResult signedIn) {
        return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
                sessionId(signedIn));
    }
}
