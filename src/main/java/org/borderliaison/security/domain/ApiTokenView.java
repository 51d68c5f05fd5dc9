package org.borderliaison.security.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A token as lists show it: never its secret. {@code expiresOn} is the last day it is accepted (null: no end). */
public record ApiTokenView(long id, String username, String name, String prefix, Instant createdAt, LocalDate expiresOn,
        Instant lastUsedAt, Instant revokedAt, String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expiredOn(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }
}
