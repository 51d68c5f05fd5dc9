package org.borderliaison.security.domain;

import java.time.Instant;

/** A sign-in throttle as administrators see it; {@code blockedUntil} is null or past when attempts are allowed. */
public record ThrottleView(String key, ThrottleKind kind, String username, String remoteAddr, int failures,
        Instant lastFailureAt, Instant blockedUntil) {

    public boolean blockedAt(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }
}
