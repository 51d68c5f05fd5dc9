package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.borderliaison.shared.Role;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser downloads style sheets and scripts once: pages link them under content-hashed addresses, which answer
 * with a one-year immutable cache header, gzip-compressed; the pages themselves stay uncached. Over the real server,
 * because compression is the container's.
 */
class StaticAssetCachingTests extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ASSET_LINK = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");
    private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.(?:css|js)");
    private static final String ONE_YEAR_IMMUTABLE = "max-age=31536000, public, immutable";

    @LocalServerPort
    int port;

    @BeforeEach
    void viewer() {
        fixtures.account("assets-viewer", "VN-BCA", Role.VIEWER);
    }

    @Test
    void aPageLinksItsStyleSheetsAndScriptsByContentHash() throws Exception {
        List<String> assets = assetsLinkedFrom("/meetings");

        assertThat(assets).as("style sheets and scripts of the layout").hasSize(5)
                .anyMatch(path -> path.startsWith("/webjars/bootstrap/") && path.endsWith(".css"))
                .anyMatch(path -> path.startsWith("/webjars/htmx.org/"))
                .anyMatch(path -> path.startsWith("/css/app-"))
                .anyMatch(path -> path.startsWith("/js/app-"))
                .allMatch(path -> HASHED.matcher(path).matches());
    }

    @Test
    void hashedAssetsAreKeptForAYearAndSentCompressed() throws Exception {
        for (String asset : assetsLinkedFrom("/meetings")) {
            HttpResponse<byte[]> zipped = get(asset, "gzip", false);
            assertThat(zipped.statusCode()).as("status of %s", asset).isEqualTo(200);
            assertThat(zipped.headers().firstValue("Cache-Control")).as("Cache-Control of %s", asset)
                    .hasValue(ONE_YEAR_IMMUTABLE);
            assertThat(zipped.headers().firstValue("Pragma")).as("Pragma of %s", asset).isEmpty();
            assertThat(zipped.headers().firstValue("Content-Encoding")).as("Content-Encoding of %s", asset).hasValue("gzip");

            HttpResponse<byte[]> plain = get(asset, null, false);
            assertThat(plain.headers().firstValue("Content-Encoding")).as("unasked compression of %s", asset).isEmpty();
            assertThat(gunzip(zipped.body())).as("content of %s", asset).isEqualTo(plain.body()).isNotEmpty();
        }
    }

    @Test
    void pagesAndJsonStayUncachedAndAreCompressed() throws Exception {
        for (String path : List.of("/meetings", "/api/v1/agencies")) {
            HttpResponse<byte[]> response = get(path, "gzip", true);
            assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as("Cache-Control of %s", path)
                    .hasValueSatisfying(value -> assertThat(value).contains("no-store").doesNotContain("immutable"));
            assertThat(response.headers().firstValue("Content-Encoding")).as("Content-Encoding of %s", path).hasValue("gzip");
        }
    }

    @Test
    void onlyTheCurrentHashIsKeptForAYear() throws Exception {
        String appCss = assetsLinkedFrom("/meetings").stream().filter(path -> path.startsWith("/css/app-")).findFirst()
                .orElseThrow();

        HttpResponse<byte[]> stale = get(appCss.replaceAll("-[0-9a-f]{32}\\.", "-0123456789abcdef0123456789abcdef."), null, false);
        assertThat(stale.statusCode()).as("a stale hash").isEqualTo(404);
        assertThat(stale.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable", "max-age=31536000");

        // Asked for by its plain name (anything that does not go through @{...}), the file is revalidated each time.
        HttpResponse<byte[]> unhashed = get("/css/app.css", null, false);
        assertThat(unhashed.statusCode()).isEqualTo(200);
        assertThat(unhashed.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    private List<String> assetsLinkedFrom(String page) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(page, null, true);
        assertThat(response.statusCode()).as("status of %s", page).isEqualTo(200);
        Matcher links = ASSET_LINK.matcher(new String(response.body(), StandardCharsets.UTF_8));
        List<String> assets = new ArrayList<>();
        while (links.find()) {
            assets.add(links.group(1));
        }
        return assets;
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, boolean signedIn)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html,*/*");
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (signedIn) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("assets-viewer:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
