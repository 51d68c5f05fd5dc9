package org.borderliaison.security.domain;

import java.util.List;
import java.util.Locale;

/**
 * One key a failed sign-in is counted under. Usernames are compared as the sign-in compares them (trimmed, any
 * case) and, like addresses, cut to what the table holds: whatever a client sends as a username must still make
 * a valid key.
 */
record ThrottleKey(ThrottleKind kind, String username, String address) {

    private static final int MAX_PART = 100;

    /** The three keys of one attempt: the pair, the address, the username. */
    static List<ThrottleKey> of(String username, String address) {
        String user = username(username);
        String addr = address(address);
        return List.of(new ThrottleKey(ThrottleKind.USERNAME_ADDRESS, user, addr),
                new ThrottleKey(ThrottleKind.ADDRESS, null, addr),
                new ThrottleKey(ThrottleKind.USERNAME, user, null));
    }

    static ThrottleKey pair(String username, String address) {
        return new ThrottleKey(ThrottleKind.USERNAME_ADDRESS, username(username), address(address));
    }

    /** Unique per key; the address comes first and never holds a space, so no two pairs share a value. */
    String value() {
        return switch (kind) {
            case USERNAME_ADDRESS -> "ua:" + address + " " + username;
            case ADDRESS -> "a:" + address;
            case USERNAME -> "u:" + username;
        };
    }

    static String username(String username) {
        return clean(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String address(String address) {
        String clean = clean(address == null || address.isBlank() ? "unknown" : address.strip()).replace(' ', '_');
        return clean.isEmpty() ? "unknown" : clean;
    }

    /**
     * Drops control characters (PostgreSQL refuses NUL in text) and cuts to the column's length, counted in UTF-16
     * units as H2 counts them (PostgreSQL counts code points: fewer), never inside a surrogate pair.
     */
    private static String clean(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.SURROGATE)
                .takeWhile(c -> kept.length() + Character.charCount(c) <= MAX_PART).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
