package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTests {

    /** What Hikari throws when no connection came within its timeout, the driver's refusal as its cause. */
    static SQLTransientConnectionException poolTimeout() {
        return new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms",
                "08001", new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
    }

    @Test
    void theWaysAnUnreachableDatabaseArrivesAreRecognised() {
        // Spring Session reading the session
        assertThat(DatabaseUnavailable.isCauseOf(new CannotCreateTransactionException("Could not open JDBC Connection", poolTimeout()))).isTrue();
        // a repository
        assertThat(DatabaseUnavailable.isCauseOf(new DataAccessResourceFailureException("Unable to acquire JDBC Connection",
                new JDBCConnectionException("Unable to acquire JDBC Connection", poolTimeout())))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        // sign-in reading the account, rethrown by the servlet
        assertThat(DatabaseUnavailable.isCauseOf(new ServletException("Request processing failed",
                new InternalAuthenticationServiceException("account", new IllegalStateException("wrapped", poolTimeout()))))).isTrue();
        // the server shutting down under an open connection, or starting up
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(new SQLException("terminating connection due to administrator command",
                "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.isCauseOf(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new BadCredentialsException("wrong password"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(null)).isFalse();
    }

    @Test
    void propagateHandsOnlyTheOutageOn() {
        InternalAuthenticationServiceException signIn = new InternalAuthenticationServiceException("account",
                new CannotGetJdbcConnectionException("no connection", poolTimeout()));
        assertThatThrownBy(() -> DatabaseUnavailable.propagate(signIn)).isInstanceOf(DataAccessResourceFailureException.class)
                .hasCause(signIn);
        assertThatCode(() -> DatabaseUnavailable.propagate(new BadCredentialsException("wrong password"))).doesNotThrowAnyException();
    }
}
