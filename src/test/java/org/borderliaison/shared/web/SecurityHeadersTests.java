package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.borderliaison.shared.Role;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of response carries the Content-Security-Policy, Referrer-Policy and Permissions-Policy: pages, the
 * API, static files, and the answers written by Spring Security or by the container's error dispatch. Over the real
 * server (not MockMvc), because error pages only exist there.
 */
class SecurityHeadersTests extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource({
            "GET, /login, anonymous, 200",
            "GET, /, viewer, 200",
            "GET, /agreements, viewer, 200",
            "GET, /, anonymous, 302",
            "GET, /no-such-page, viewer, 404",
            "GET, /agreements/999999999, viewer, 404",
            "GET, /admin/accounts, viewer, 403",
            "POST, /agreements/new, viewer, 403",
            "GET, /css/app.css, anonymous, 200",
            "GET, /js/app.js, anonymous, 200",
            "GET, /actuator/health, anonymous, 200",
            "GET, /api/v1/agencies, viewer, 200",
            "GET, /api/v1/agencies, anonymous, 401",
            "GET, /api/v1/agencies, unknown, 401",
            "GET, /api/v1/agreements/999999999, viewer, 404",
            "GET, /api/v1/no-such-endpoint, viewer, 404",
            "GET, /v3/api-docs, anonymous, 200",
    })
    void everyResponseCarriesTheBrowserProtections(String method, String path, String who, int status) throws Exception {
        HttpResponse<String> response = send(method, path, who);

        assertThat(response.statusCode()).as("status of %s %s", method, path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Security-Policy")).as("CSP of %s", path)
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("Referrer-Policy")).as("Referrer-Policy of %s", path).hasValue("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).as("Permissions-Policy of %s", path)
                .hasValue(SecurityHeaders.PERMISSIONS_POLICY);
    }

    @Test
    void thePolicyAllowsNoInlineScriptAndNoFraming() {
        String csp = SecurityHeaders.CONTENT_SECURITY_POLICY;
        String scripts = csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src")));
        assertThat(scripts).isEqualTo("script-src 'self'");
        assertThat(csp).doesNotContain("unsafe-eval").contains("object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'");
    }

    private HttpResponse<String> send(String method, String path, String who) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("Accept", path.matches("/(api|actuator|v3)/.*") ? "application/json" : "text/html");
        if (!"anonymous".equals(who)) {
            fixtures.account("headers-viewer", "VN-BCA", Role.VIEWER);
            String username = "unknown".equals(who) ? "headers-nobody" : "headers-viewer";
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        request.method(method, HttpRequest.BodyPublishers.noBody());
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
