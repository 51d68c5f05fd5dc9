package org.borderliaison.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
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
 * keeps its fields; a file upload cannot be kept and signs in again as any other request would.
 */
final class ExpiredSessions {

    static final String RESUME_PAGE = "/session/resume";

    private ExpiredSessions() {
    }

    static AccessDeniedHandler keepingTheForm(AccessDeniedHandler otherwise, Clock clock) {
        return (request, response, denied) -> {
            if (!(denied instanceof CsrfException) || signedIn()) {
                otherwise.handle(request, response, denied);
            } else if (request.getHeader("HX-Request") != null) {
                response.setStatus(401);
                response.setHeader("HX-Trigger", "session-expired");
            } else {
                if ("POST".equals(request.getMethod()) && !multipart(request)) {
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

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static boolean multipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }
}
