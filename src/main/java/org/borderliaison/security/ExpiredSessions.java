package org.borderliaison.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A page form sent after the session ended (idle timeout, restart, sign-out in another tab) fails the CSRF check: the
 * token lived in the ended session. That is no forgery to refuse with 403 but work to keep: the form is kept
 * ({@link PendingSave}) and the user signs in again, after which {@code /session/resume} sends it once more. An htmx
 * request (a row added to a form) is answered 401 with the event {@code session-expired}, so that the page says so and
 * keeps its fields. An upload, a form with a password and a stale sign-in form are not kept: they only lead to the
 * sign-in page.
 */
final class ExpiredSessions {

    static final String RESUME_PAGE = "/session/resume";

    private ExpiredSessions() {
    }

    static AccessDeniedHandler keepingTheForm(AccessDeniedHandler otherwise, Clock clock) {
        return (request, response, denied) -> {
            if (!(denied instanceof CsrfException) || !sessionEnded(request) || signedIn()) {
                otherwise.handle(request, response, denied);
            } else if (request.getHeader("HX-Request") != null) {
                response.setStatus(401);
                response.setHeader("HX-Trigger", "session-expired");
            } else {
                if (keepable(request)) {
                    PendingSave.keep(request, clock.instant());
                }
                response.sendRedirect(request.getContextPath() + "/login?expired");
            }
        };
    }

    static AuthenticationSuccessHandler resumingTheForm(AuthenticationSuccessHandler otherwise) {
        return (request, response, authentication) -> {
            if (PendingSave.waiting(request)) {
                response.sendRedirect(request.getContextPath() + RESUME_PAGE);
            } else {
                otherwise.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** The browser sent the cookie of a session that no longer exists: a script or a forged request sends none. */
    private static boolean sessionEnded(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /**
     * A form of the records, not one of signing in or out, not an upload (the file is not kept), and none with a
     * password in it: passwords are never written to the session store.
     */
    private static boolean keepable(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && !path.equals("/login") && !path.equals("/logout")
                && (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/"))
                && request.getParameterMap().keySet().stream().noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("password"));
    }
}
