package org.borderliaison.shared;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in user: who they are, their agency and their roles. */
public class SignedInUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String displayName;
    private final long agencyId;
    private final Set<Role> roles;

    public SignedInUser(long userId, String username, String passwordHash, String displayName, long agencyId,
            Set<Role> roles, boolean enabled, boolean accountNonLocked) {
        super(username, passwordHash, enabled, true, true, accountNonLocked, authorities(roles));
        this.userId = userId;
        this.displayName = displayName;
        this.agencyId = agencyId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public long agencyId() {
        return agencyId;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
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
