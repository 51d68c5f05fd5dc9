package org.borderliaison.authz;

import java.io.UnsupportedEncodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

/** The answer a rule gives one caller, and how a response is checked against it. */
enum Expected {
    /** Authorization passed: anything but a refusal, a sign-in challenge or a server error. */
    ALLOWED,
    /** Anonymous: 401 (API, scripts) or a redirect to the sign-in page (browsers). */
    SIGN_IN,
    /** The role may not: 403. */
    FORBIDDEN,
    /** A record outside the caller's scope is not found: 404. */
    NOT_FOUND,
    /** A write the caller may not make, on a record outside its scope: 403 or 404. */
    FORBIDDEN_OR_NOT_FOUND,
    /**
     * Figures of an agency outside the caller's scope: 422 (API, downloads), an empty list (an API that counts only
     * what the caller may see), or the form with an error (page).
     */
    OUT_OF_SCOPE;

    /** Why {@code response} does not give this answer, or null when it does. */
    String problemWith(EndpointRule rule, MockHttpServletResponse response) throws UnsupportedEncodingException {
        int status = response.getStatus();
        if (status >= 500) {
            return "server error";
        }
        return switch (this) {
            case ALLOWED -> allowed(rule, response);
            case SIGN_IN -> status == 401 || signIn(response) ? null : "not challenged to sign in";
            case FORBIDDEN -> status == 403 ? null : "not forbidden";
            case NOT_FOUND -> status == 404 ? null : "a record of another province is not hidden";
            case FORBIDDEN_OR_NOT_FOUND -> status == 403 || status == 404 ? null : "not refused";
            case OUT_OF_SCOPE -> rule.accept().equals("text/html")
                    ? status == 200 && response.getContentAsString().contains("is-invalid") ? null : "no form error"
                    : status == 422 || status == 200 && response.getContentAsString().strip().equals("[]") ? null
                            : "neither refused with 422 nor empty";
        };
    }

    private static String allowed(EndpointRule rule, MockHttpServletResponse response) {
        int status = response.getStatus();
        if (rule.errorStatus() != null) {
            return status == rule.errorStatus() ? null : "not the error page of a " + rule.errorStatus();
        }
        if (status == 401 || status == 403 || status == 404 || signIn(response)) {
            return "refused";
        }
        if (!rule.reads() && rule.api() && !rule.fresh() && status < 400) {
            return "the deliberately invalid request was accepted";
        }
        return null;
    }

    private static boolean signIn(MockHttpServletResponse response) {
        String location = response.getHeader(HttpHeaders.LOCATION);
        return response.getStatus() / 100 == 3 && location != null && location.replaceFirst("\\?.*", "").endsWith("/login");
    }
}
