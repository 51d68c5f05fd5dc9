package org.borderliaison.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.borderliaison.shared.AuditedEntity;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person who signs in: belongs to one agency, holds roles, and is locked after repeated failures. */
@Entity
@Table(name = "user_account")
@Audited
public class UserAccount extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false)
    private String displayName;

    @NotAudited
    @Column(nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private long agencyId;

    @Convert(converter = RolesConverter.class)
    @Column(nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled = true;

    // Sign-in bookkeeping, written by UserAccountRepository.saveSignInState rather than by an edit.
    @NotAudited
    private int failedAttempts;

    @NotAudited
    private Instant lockedUntil;

    @NotAudited
    private Instant passwordChangedAt;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, long agencyId, Set<Role> roles, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.agencyId = agencyId;
        this.roles = EnumSet.copyOf(roles);
        this.passwordChangedAt = now;
    }

    void update(String displayName, long agencyId, Set<Role> roles, boolean enabled) {
        this.displayName = displayName;
        this.agencyId = agencyId;
        this.roles = EnumSet.copyOf(roles);
        this.enabled = enabled;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        unlock();
    }

    /** Counts a failed sign-in; the {@code maxAttempts}-th failure in a row locks the account. */
    boolean recordFailure(int maxAttempts, Duration lockDuration, Instant now) {
        if (isLocked(now)) {
            return false;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockDuration);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public AccountStatus status(Instant now) {
        if (!enabled) {
            return AccountStatus.DISABLED;
        }
        return isLocked(now) ? AccountStatus.LOCKED : AccountStatus.ENABLED;
    }

    public SignedInUser toPrincipal(Instant now) {
        return new SignedInUser(getId(), username, passwordHash, displayName, agencyId, roles, enabled, !isLocked(now));
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
