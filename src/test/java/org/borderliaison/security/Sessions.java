package org.borderliaison.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Carries a browser session from one MockMvc request to the next: the session cookie when sessions are
 * kept in the database (Spring Session), the container session otherwise.
 */
final class Sessions {

    private static final String COOKIE = "SESSION";

    private Sessions() {
    }

    static RequestPostProcessor of(MvcResult previous) {
        Cookie cookie = previous.getResponse().getCookie(COOKIE);
        if (cookie == null) {
            cookie = previous.getRequest().getCookies() == null ? null : java.util.Arrays.stream(previous.getRequest().getCookies())
                    .filter(candidate -> COOKIE.equals(candidate.getName())).findFirst().orElse(null);
        }
        Cookie sessionCookie = cookie;
        HttpSession session = previous.getRequest().getSession(false);
        return request -> {
            if (sessionCookie != null) {
                request.setCookies(sessionCookie);
            } else if (session instanceof MockHttpSession mock) {
                request.setSession(mock);
            }
            return request;
        };
    }
}
