package org.borderliaison.shared.web;

import java.sql.SQLException;

/**
 * Tells a value the database could not store (SQLSTATE class 22: too long for its column, a number out of range, an
 * impossible date) from a real conflict with other data (class 23: a unique key, a reference). The first is bad input
 * that a form or request check let through: answered 400, never 409 or 500; the checks stay the first line.
 */
final class DataExceptions {

    private DataExceptions() {
    }

    static boolean isBadValue(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }
}
