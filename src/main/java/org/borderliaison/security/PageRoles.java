package org.borderliaison.security;

import org.borderliaison.shared.Role;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the pages show to whom, for the templates ({@code th:if="${@roles.recorder()}"}): the same answers as the
 * security dialect's {@code sec:authorize="isAuthenticated()"}, {@code "hasRole('ADMIN')"} and
 * {@code "hasAnyRole('OFFICER', 'ADMIN')"}, read straight from the signed-in authentication. The dialect parses and
 * evaluates its expression anew at each use, a few percent of every page (JFR); what a user may do is still decided
 * by the services and the request rules, never here.
 */
@Component("roles")
public class PageRoles {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /** Signed in (not anonymous). */
    public boolean signedIn() {
        return TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
    }

    /** An administrator. */
    public boolean admin() {
        return has(Role.ADMIN);
    }

    /** May enter records: an officer or an administrator. */
    public boolean recorder() {
        return has(Role.OFFICER) || has(Role.ADMIN);
    }

    private static boolean has(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        String wanted = role.authority();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (wanted.equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
