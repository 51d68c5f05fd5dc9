package org.borderliaison.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@link PageRoles} answers as Spring Security's own rules would (those of {@code sec:authorize}) for every kind of
 * authentication a page meets: none, anonymous, a signed-in user of each role, a session not authenticated.
 */
class PageRolesTests {

    private final PageRoles roles = new PageRoles();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void answersAsSpringSecuritysRulesForEveryKindOfAuthentication() {
        Map<String, Authentication> cases = new java.util.LinkedHashMap<>();
        cases.put("anonymous", new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        for (Role role : Role.values()) {
            SignedInUser user = new SignedInUser(7, "page-roles-" + role, "x", "Page roles", 1, java.util.Set.of(role), true, true);
            cases.put(role.name(), new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        }
        TestingAuthenticationToken unauthenticated = new TestingAuthenticationToken("someone", null, "ROLE_ADMIN");
        unauthenticated.setAuthenticated(false);
        cases.put("not authenticated", unauthenticated);

        SecurityContextHolder.clearContext();
        assertThat(List.of(roles.signedIn(), roles.admin(), roles.recorder())).as("no authentication").containsOnly(false);
        cases.forEach((name, authentication) -> {
            SecurityContextHolder.getContext().setAuthentication(authentication);
            assertThat(roles.signedIn()).as(name + ": isAuthenticated()")
                    .isEqualTo(AuthenticatedAuthorizationManager.authenticated().authorize(() -> authentication, null).isGranted());
            assertThat(roles.admin()).as(name + ": hasRole('ADMIN')")
                    .isEqualTo(AuthorityAuthorizationManager.hasRole("ADMIN").authorize(() -> authentication, null).isGranted());
            assertThat(roles.recorder()).as(name + ": hasAnyRole('OFFICER', 'ADMIN')")
                    .isEqualTo(AuthorityAuthorizationManager.hasAnyRole("OFFICER", "ADMIN").authorize(() -> authentication, null).isGranted());
        });
        assertThat(cases).hasSize(Role.values().length + 2);
    }
}
