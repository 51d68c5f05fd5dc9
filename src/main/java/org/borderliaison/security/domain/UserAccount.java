package org.borderliaison.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.borderliaison.shared.AuditedEntity;
import org.borderliaison.shared.Role;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person who signs in: belongs to one agency and holds roles. Failed sign-ins are throttled in {@link SignInThrottles}. */
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

    @NotAudited
    private Instant passwordChangedAt;

    /** Set when the password was generated or given by an administrator: the user must choose their own. */
    @NotAudited
    private boolean passwordMustChange;

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

    /** A password the user chose ({@code mustChange} false) or was given and must replace (true). */
    void changePassword(String passwordHash, boolean mustChange, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordMustChange = mustChange;
        this.passwordChangedAt = now;
    }

    public AccountStatus status() {
        return enabled ? AccountStatus.ENABLED : AccountStatus.DISABLED;
    }

    public AccountPrincipal toPrincipal() {
        return new AccountPrincipal(getId(), username, passwordHash, displayName, agencyId, roles, enabled, passwordMustChange);
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

    /** For this package only: the hash never leaves the module except inside the principal. */
    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordMustChange() {
        return passwordMustChange;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
