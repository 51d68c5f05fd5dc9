package org.borderliaison.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.borderliaison.shared.Role;
import org.junit.jupiter.api.Test;

/** Failure counting behind the lockout, with explicit instants: the application clock cannot be moved. */
class UserAccountLockoutTests {

    private static final int MAX_ATTEMPTS = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");

    private final UserAccount account = new UserAccount("lockout.unit", "Lockout", "{noop}x", 1L, EnumSet.of(Role.OFFICER), START);

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        for (int attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
            assertThat(fail(START.plusSeconds(attempt))).as("failure %d", attempt).isFalse();
            assertThat(account.isLocked(START.plusSeconds(attempt))).isFalse();
        }
        Instant fifth = START.plusSeconds(MAX_ATTEMPTS);

        assertThat(fail(fifth)).isTrue();

        assertThat(account.getLockedUntil()).isEqualTo(fifth.plus(LOCK));
        assertThat(account.isLocked(fifth)).isTrue();
        assertThat(account.isLocked(fifth.plus(LOCK).minusSeconds(1))).isTrue();
        assertThat(account.status(fifth.plus(LOCK).minusSeconds(1))).isEqualTo(AccountStatus.LOCKED);
    }

    @Test
    void isUnlockedOnceFifteenMinutesHavePassed() {
        Instant lockedAt = lockAt(START);

        assertThat(account.isLocked(lockedAt.plus(LOCK))).isFalse();
        assertThat(account.isLocked(lockedAt.plus(LOCK).plusSeconds(1))).isFalse();
        assertThat(account.status(lockedAt.plus(LOCK))).isEqualTo(AccountStatus.ENABLED);
    }

    @Test
    void failuresWhileLockedNeitherCountNorExtendTheLock() {
        Instant lockedAt = lockAt(START);
        Instant lockedUntil = account.getLockedUntil();

        for (int minute = 1; minute <= 10; minute++) {
            assertThat(fail(lockedAt.plus(Duration.ofMinutes(minute)))).isFalse();
        }

        assertThat(account.getLockedUntil()).isEqualTo(lockedUntil);
        assertThat(account.getFailedAttempts()).isZero();
    }

    @Test
    void afterTheLockExpiresAFreshRunOfFailuresIsNeeded() {
        Instant later = lockAt(START).plus(LOCK).plusSeconds(1);

        for (int attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
            assertThat(fail(later.plusSeconds(attempt))).isFalse();
        }
        assertThat(account.isLocked(later.plusSeconds(MAX_ATTEMPTS))).isFalse();

        assertThat(fail(later.plusSeconds(MAX_ATTEMPTS))).isTrue();
        assertThat(account.isLocked(later.plusSeconds(MAX_ATTEMPTS))).isTrue();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        for (int attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
            fail(START.plusSeconds(attempt));
        }
        account.recordSuccess();

        for (int attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
            assertThat(fail(START.plusSeconds(10 + attempt))).isFalse();
        }
        assertThat(account.isLocked(START.plusSeconds(20))).isFalse();
    }

    @Test
    void anAdministratorCanLiftTheLock() {
        Instant lockedAt = lockAt(START);

        account.unlock();

        assertThat(account.isLocked(lockedAt.plusSeconds(1))).isFalse();
        assertThat(account.getLockedUntil()).isNull();
    }

    @Test
    void aDisabledAccountShowsAsDisabledEvenWhileLocked() {
        Instant lockedAt = lockAt(START);
        account.update(account.getDisplayName(), account.getAgencyId(), account.getRoles(), false);

        assertThat(account.status(lockedAt)).isEqualTo(AccountStatus.DISABLED);
    }

    private boolean fail(Instant at) {
        return account.recordFailure(MAX_ATTEMPTS, LOCK, at);
    }

    /** Fails {@value #MAX_ATTEMPTS} times in a row from {@code start}; answers when the lock began. */
    private Instant lockAt(Instant start) {
        Instant at = start;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            at = start.plusSeconds(attempt);
            fail(at);
        }
        assertThat(account.isLocked(at)).isTrue();
        return at;
    }
}
