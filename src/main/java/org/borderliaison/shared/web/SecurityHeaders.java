package org.borderliaison.shared.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser-side protections every response carries: pages, the API, error pages and the outage answer alike.
 * Spring Security writes them on both filter chains; {@link DatabaseOutageFilter}, which answers before the chains
 * when the database is down, writes the same values.
 * <p>
 * Scripts only from this site (no inline script or {@code on...=} handler: templates mark elements with
 * {@code data-} attributes and {@code static/js/app.js} acts on them); inline styles stay allowed because the
 * report's bars are sized on the server with {@code style="width: ..."} and htmx adds its indicator style.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Addresses carry search filters (names, case text): they never leave the site in a Referer. */
    public static final String REFERRER_POLICY = "same-origin";

    /** Nothing here needs the camera, the microphone, the position or payment. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "accelerometer=(), gyroscope=(), magnetometer=()";

    private SecurityHeaders() {
    }

    static void write(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
    }
}
