package org.borderliaison.security.domain;

import java.io.Serial;
import java.util.Set;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;

/** The signed-in user as sign-in loads it, with whether they must first replace a password they were given. */
public class AccountPrincipal extends SignedInUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final boolean passwordMustChange;

    public AccountPrincipal(long userId, String username, String passwordHash, String displayName, long agencyId,
            Set<Role> roles, boolean enabled, boolean passwordMustChange) {
        // Never "locked": failed sign-ins are throttled per username and address instead (SignInThrottles).
        super(userId, username, passwordHash, displayName, agencyId, roles, enabled, true);
        this.passwordMustChange = passwordMustChange;
    }

    public boolean passwordMustChange() {
        return passwordMustChange;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
