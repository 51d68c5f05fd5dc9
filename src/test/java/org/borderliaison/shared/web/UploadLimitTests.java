package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.borderliaison.shared.Role;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

/**
 * An upload over the server's multipart limit anywhere (here the handover's list of persons as CSV) is refused with
 * a message, never a 500: the page goes back where the form was with a warning, the API answers 413.
 */
class UploadLimitTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Value("${spring.servlet.multipart.max-request-size}")
    DataSize limit;

    @Test
    void aTooLargeCsvUploadFromThePageGoesBackWithAWarning() throws Exception {
        fixtures.account("upload-limit-ls", "VN-LS-CA", Role.OFFICER);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        String signIn = "username=upload-limit-ls&password=" + Fixtures.PASSWORD + "&_csrf=" + token(loginPage);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(signIn)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);

        HttpResponse<String> uploaded = browser.send(HttpRequest.newBuilder(url("/handovers/1/persons/upload"))
                .header("Referer", url("/handovers").toString())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).isEqualTo(303);
        assertThat(uploaded.headers().firstValue("Location")).hasValue("/handovers");
        String after = browser.send(get("/handovers"), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(after).contains("id=\"flash-warning\"").contains("Tệp tải lên lớn quá " + limit.toMegabytes() + " MB");
    }

    @Test
    void aTooLargeApiUploadIsRefusedWith413() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/api/v1/handovers/1/persons"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(response.body()).contains("error.uploadTooLarge");
    }

    private static final String BOUNDARY = "----liaison-limit";

    /** A CSV part one megabyte over the limit. */
    private byte[] tooLarge() {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"persons.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + (int) limit.toBytes() + 1024 * 1024 + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        java.util.Arrays.fill(body, start.length, body.length - end.length, (byte) 'a');
        System.arraycopy(end, 0, body, body.length - end.length, end.length);
        return body;
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(url(path)).build();
    }

    private static String token(String page) {
        String before = "name=\"_csrf\" value=\"";
        int start = page.indexOf(before) + before.length();
        assertThat(start).isGreaterThan(before.length() - 1);
        return page.substring(start, page.indexOf('"', start));
    }
}
