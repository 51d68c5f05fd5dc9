package org.borderliaison.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by an unreachable database (stopped, restarting, network cut, pool timing out) from any
 * other, so that it is answered 503 "try again" instead of a 500 or, during sign-in, "wrong password". The failure
 * arrives wrapped differently on each path (Spring Session's {@code CannotCreateTransactionException}, a
 * repository's {@code DataAccessResourceFailureException}, Spring Security's
 * {@code InternalAuthenticationServiceException}, the servlet's {@code ServletException}), so the whole cause chain
 * is examined.
 */
public final class DatabaseUnavailable {

    private static final int MAX_DEPTH = 32;

    private DatabaseUnavailable() {
    }

    public static boolean isCauseOf(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && unreachable(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hands {@code failure} on to {@link DatabaseOutageFilter}, which answers 503, when the database is its cause;
     * returns otherwise. For handlers that would turn it into something else (Spring Security's entry points: 401).
     */
    public static void propagate(Throwable failure) {
        if (isCauseOf(failure)) {
            throw new DataAccessResourceFailureException("The database cannot be reached", failure);
        }
    }

    /** SQLSTATE class 08 (connection exception) and 57P0x (the server shutting down, crashed or starting up). */
    private static boolean unreachable(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
