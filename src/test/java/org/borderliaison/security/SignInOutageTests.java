package org.borderliaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * When the account cannot be read because the database is out of reach, sign-in (form, Basic on the API and on
 * the pages) does not answer "wrong password" or 401: the failure goes on to the outage filter, which answers 503.
 * Real wrong passwords are answered as before.
 */
class SignInOutageTests {

    private static final InternalAuthenticationServiceException ACCOUNT_UNREADABLE = new InternalAuthenticationServiceException(
            "Could not open JPA EntityManager for transaction", new CannotCreateTransactionException("no connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms",
                            "08001", new SQLException("Connection refused", "08001"))));

    private final SecurityConfig.ProblemResponses problems = new SecurityConfig.ProblemResponses(messages(),
            new FixedLocaleResolver(Locale.ENGLISH), JsonMapper.builder().build());

    @Test
    void theApiDoesNotSayNotSignedIn() throws Exception {
        assertThatThrownBy(() -> problems.unauthorized(new MockHttpServletRequest("GET", "/api/v1/agencies"),
                new MockHttpServletResponse(), ACCOUNT_UNREADABLE))
                .isInstanceOf(DataAccessResourceFailureException.class).hasCause(ACCOUNT_UNREADABLE);

        MockHttpServletResponse wrong = new MockHttpServletResponse();
        problems.unauthorized(new MockHttpServletRequest("GET", "/api/v1/agencies"), wrong, new BadCredentialsException("bad"));
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getContentAsString()).contains("\"title\":\"Unauthorized\"");
    }

    @Test
    void theSignInFormDoesNotSayWrongPassword() throws Exception {
        assertThatThrownBy(() -> SecurityConfig.signInFailure().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"),
                new MockHttpServletResponse(), ACCOUNT_UNREADABLE)).isInstanceOf(DataAccessResourceFailureException.class);

        MockHttpServletResponse wrong = new MockHttpServletResponse();
        SecurityConfig.signInFailure().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), wrong,
                new BadCredentialsException("bad"));
        assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void basicOnThePagesDoesNotAskForCredentialsAgain() throws Exception {
        assertThatThrownBy(() -> SecurityConfig.basicChallenge(problems).commence(new MockHttpServletRequest("GET", "/actuator/metrics"),
                new MockHttpServletResponse(), ACCOUNT_UNREADABLE)).isInstanceOf(DataAccessResourceFailureException.class);

        MockHttpServletResponse wrong = new MockHttpServletResponse();
        SecurityConfig.basicChallenge(problems).commence(new MockHttpServletRequest("GET", "/actuator/metrics"), wrong,
                new BadCredentialsException("bad"));
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getHeader("WWW-Authenticate")).startsWith("Basic realm=\"border-liaison\"");
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("error.unauthorized.title", Locale.ENGLISH, "Unauthorized");
        messages.addMessage("error.unauthorized", Locale.ENGLISH, "Authentication is required.");
        return messages;
    }
}
