package org.borderliaison.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form sent after its session had ended, kept in the new session until the user has signed in again, so that what
 * they typed is saved then instead of lost: its address and every field as sent (without the stale CSRF token).
 *
 * @param path the form's address within the application, always a local path
 * @param fields every parameter and its values, in the order sent
 * @param sentAt when it was sent; a pending save older than {@link #KEPT} is dropped rather than replayed
 */
public record PendingSave(String path, Map<String, List<String>> fields, Instant sentAt) implements Serializable {

    static final Duration KEPT = Duration.ofMinutes(30);

    private static final String ATTRIBUTE = PendingSave.class.getName();

    static void keep(HttpServletRequest request, Instant now) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!"_csrf".equals(name)) {
                fields.put(name, List.copyOf(Arrays.asList(values)));
            }
        });
        String path = request.getRequestURI().substring(request.getContextPath().length());
        request.getSession(true).setAttribute(ATTRIBUTE, new PendingSave(path, new LinkedHashMap<>(fields), now));
    }

    static boolean waiting(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSave;
    }

    /** The pending save of this session, removed from it: it is sent once. */
    public static Optional<PendingSave> take(HttpSession session, Instant now) {
        Object kept = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return kept instanceof PendingSave save && save.sentAt().plus(KEPT).isAfter(now) && save.path().startsWith("/")
                && !save.path().startsWith("//") ? Optional.of(save) : Optional.empty();
    }
}
