package org.borderliaison.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.borderliaison.security.domain.AccountPrincipal;
import org.borderliaison.security.domain.UserAccountService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a user who signed in with a password they were given (the generated first administrator password,
 * an administrator's reset) until they choose their own: pages send them to the password form, the API refuses
 * with 403. The principal says whether to look; the database has the last word, so the change takes effect at
 * once, also for a session signed in before it.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    /** What to answer a request that must wait for the password change. */
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final UserAccountService accounts;
    private final RequestMatcher allowed;
    private final Refusal refusal;

    PasswordChangeRequiredFilter(UserAccountService accounts, RequestMatcher allowed, Refusal refusal) {
        this.accounts = accounts;
        this.allowed = allowed;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.passwordMustChange() && !allowed.matches(request)
                && accounts.passwordMustChange(principal.getUsername())) {
            refusal.refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
