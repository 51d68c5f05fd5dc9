package org.borderliaison.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The failed sign-ins counted for one throttle key. Not an audited record: bookkeeping, written by
 * {@link SignInThrottleRepository}'s update statements so that concurrent failures on several instances add up.
 */
@Entity
@Table(name = "sign_in_throttle")
class SignInThrottle {

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Enumerated(EnumType.STRING)
    private ThrottleKind kind;

    private String username;

    private String remoteAddr;

    private int failures;

    private Instant lastFailureAt;

    private Instant blockedUntil;

    protected SignInThrottle() {
    }

    SignInThrottle(ThrottleKey key, Instant now) {
        this.key = key.value();
        this.kind = key.kind();
        this.username = key.username();
        this.remoteAddr = key.address();
        this.failures = 1;
        this.lastFailureAt = now;
    }

    ThrottleView toView() {
        return new ThrottleView(key, kind, username, remoteAddr, failures, lastFailureAt, blockedUntil);
    }

    String getKey() {
        return key;
    }

    int getFailures() {
        return failures;
    }
}
