package org.borderliaison.audit;

import java.time.LocalDate;

/**
 * Which access-log entries to show: one user (the exact name), one event, and days from/to (inclusive, in
 * the server's time zone). A null criterion does not restrict.
 */
public record AccessLogFilter(String username, AccessEvent event, LocalDate from, LocalDate to) {

    public static AccessLogFilter all() {
        return new AccessLogFilter(null, null, null, null);
    }

    public static AccessLogFilter user(String username) {
        return new AccessLogFilter(username, null, null, null);
    }
}
