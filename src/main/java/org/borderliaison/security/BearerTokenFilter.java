package org.borderliaison.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.borderliaison.security.domain.AccountPrincipal;
import org.borderliaison.security.domain.ApiTokenAuthentication;
import org.borderliaison.security.domain.ApiTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that presents a personal token ({@code Authorization: Bearer bl_...}) as the token's
 * account, for this request only: nothing goes into a session. A token that is malformed, unknown, revoked or
 * expired, or whose account is disabled, is answered 401 with {@code WWW-Authenticate: Bearer error="invalid_token"}.
 *
 * <p>Our own filter rather than the OAuth2 resource server's {@code BearerTokenAuthenticationFilter}: that one
 * expects a JWT decoder or an introspection endpoint, while our tokens are looked up by hash in our own table; and
 * rather than Spring Security's generic {@code AuthenticationFilter}, whose success handling redirects unless
 * replaced. It also bypasses the password {@code AuthenticationManager} on purpose: its sign-in throttle and sign-in
 * events are about passwords, and would write the access log on every script request.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /** What to answer a request whose token is refused. */
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private static final String SCHEME = "Bearer";

    private final ApiTokens tokens;
    private final Refusal refusal;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokens tokens, Refusal refusal) {
        this.tokens = tokens;
        this.refusal = refusal;
    }

    /** Whether the request presents a bearer token (well formed or not). */
    static boolean presentsToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && (header.length() == SCHEME.length() || header.charAt(SCHEME.length()) == ' ');
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!presentsToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String presented = request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).strip();
        AccountPrincipal account = tokens.authenticate(presented).orElse(null);
        if (account == null) {
            contexts.clearContext();
            refusal.refuse(request, response);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(account));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
