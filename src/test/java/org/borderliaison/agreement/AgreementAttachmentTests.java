package org.borderliaison.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.attachment.AttachmentProperties;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/** Scanned documents kept with an agreement: what is accepted, how it comes back, who may add and remove. */
class AgreementAttachmentTests extends IntegrationTest {

    /** The start of a real PDF file. */
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    /** A Windows executable's first bytes ("MZ"), whatever its name says. */
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    @Autowired
    AgreementService service;

    @Autowired
    JsonMapper json;

    @Autowired
    AttachmentProperties limits;

    @LocalServerPort
    int port;

    SignedInUser officerLaoCai;
    SignedInUser viewerLaoCai;
    SignedInUser officerNgheAn;
    long agreement;

    @BeforeEach
    void anAgreement() {
        officerLaoCai = fixtures.account("agr-att-officer-lc", "VN-LC-CA", Role.OFFICER);
        viewerLaoCai = fixtures.account("agr-att-viewer-lc", "VN-LC-CA", Role.VIEWER);
        officerNgheAn = fixtures.account("agr-att-officer-na", "VN-NA-CA", Role.OFFICER);
        long laoCai = fixtures.agency("VN-LC-CA").id();
        long hekou = fixtures.agency("CN-HK-GAJ").id();
        agreement = fixtures.asSystemAdmin(() -> service.create(AgreementBuilder.aMemorandum().between(laoCai, hekou).command()));
    }

    @Test
    void aPdfUploadedThroughTheApiComesBackByteForByteWithItsUtf8Name() throws Exception {
        String name = "Biên bản ký kết 2024.pdf";
        MvcResult uploaded = mvc.perform(multipart("/api/v1/agreements/{id}/attachments", agreement)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", PDF)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value(name))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.sizeBytes").value(PDF.length))
                .andExpect(jsonPath("$.uploadedBy").value("agr-att-officer-lc"))
                .andReturn();
        long attachmentId = json.readTree(uploaded.getResponse().getContentAsString()).get("id").asLong();

        byte[] downloaded = mvc.perform(get("/api/v1/agreements/{id}/attachments/{file}", agreement, attachmentId).with(user(viewerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", containsString("UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20k%C3%BD%20k%E1%BA%BFt%202024.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);

        mvc.perform(get("/agreements/{id}", agreement).with(user(viewerLaoCai)))
                .andExpect(content().string(PageText.shows(name)));
        mvc.perform(get("/api/v1/agreements/{id}/attachments", agreement).with(user(viewerLaoCai)))
                .andExpect(jsonPath("$[0].id").value(attachmentId));
        // History shows the file arriving.
        mvc.perform(get("/api/v1/agreements/{id}/history", agreement).with(user(viewerLaoCai)))
                .andExpect(jsonPath("$[0].changes[0].field").value("attachments"))
                .andExpect(jsonPath("$[0].changes[0].after", containsString(name)));
    }

    @Test
    void refusesAnExecutableRenamedPdfWhateverTypeTheBrowserClaims() throws Exception {
        mvc.perform(multipart("/api/v1/agreements/{id}/attachments", agreement)
                        .file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", EXE)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("file"))
                .andExpect(jsonPath("$.fieldErrors[0].code").value("agreement.error.attachmentType"));
        assertThat(fixtures.asSystemAdmin(() -> service.detail(agreement)).attachments()).isEmpty();
    }

    @Test
    void refusesAFileOverTheConfiguredLimit() throws Exception {
        byte[] tooLarge = Arrays.copyOf(PDF, (int) service.maxAttachmentBytes() + 1);
        mvc.perform(multipart("/api/v1/agreements/{id}/attachments", agreement)
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", tooLarge)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].code").value("agreement.error.attachmentTooLarge"))
                .andExpect(jsonPath("$.detail", containsString("10 MB")));
        byte[] atTheLimit = Arrays.copyOf(PDF, (int) service.maxAttachmentBytes());
        mvc.perform(multipart("/api/v1/agreements/{id}/attachments", agreement)
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", atTheLimit)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isCreated());
    }

    @Test
    void anApiUploadLargerThanTheRequestLimitIsRefusedBeforeItIsRead() throws Exception {
        String boundary = "----liaison" + System.nanoTime();
        byte[] body = multipartBody(boundary, "scan.pdf", Arrays.copyOf(PDF, (int) limits.maxRequestSize().toBytes() + 1024 * 1024));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/agreements/" + agreement + "/attachments"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("agr-att-officer-lc:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(response.body()).contains("agreement.error.attachmentTooLarge");
        assertThat(fixtures.asSystemAdmin(() -> service.detail(agreement)).attachments()).isEmpty();
    }

    @Test
    void anUploadOverTheLimitFromThePageReturnsToTheAgreementWithAWarning() throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String signIn = "username=agr-att-officer-lc&password=" + Fixtures.PASSWORD + "&_csrf=" + token(loginPage, "name=\"_csrf\" value=\"");
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(signIn)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String detail = browser.send(HttpRequest.newBuilder(URI.create(base + "/agreements/" + agreement)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String csrf = token(detail, "<meta name=\"_csrf\" content=\"");

        // Larger than the request limit: refused by its length, before anything reads it.
        String boundary = "----liaison" + System.nanoTime();
        HttpResponse<String> uploaded = browser.send(HttpRequest.newBuilder(URI.create(base + "/agreements/" + agreement + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary, "scan.pdf",
                        Arrays.copyOf(PDF, (int) limits.maxRequestSize().toBytes() + 1024 * 1024)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).isEqualTo(303);
        assertThat(uploaded.headers().firstValue("Location")).hasValue("/agreements/" + agreement + "#attachments");
        String after = browser.send(HttpRequest.newBuilder(URI.create(base + "/agreements/" + agreement)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(after).contains("id=\"flash-warning\"").contains("10 MB");

        // Just over the attachment limit: read, then refused by the service with the same message.
        HttpResponse<String> justOver = browser.send(HttpRequest.newBuilder(URI.create(base + "/agreements/" + agreement + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary, "_csrf", csrf, "scan.pdf",
                        Arrays.copyOf(PDF, (int) service.maxAttachmentBytes() + 1024)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(justOver.statusCode()).isEqualTo(302);
        after = browser.send(HttpRequest.newBuilder(URI.create(base + "/agreements/" + agreement)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(after).contains("id=\"flash-warning\"").contains("10 MB");
    }

    private static String token(String page, String before) {
        int start = page.indexOf(before);
        assertThat(start).as("%s in the page", before).isNotNegative();
        start += before.length();
        return page.substring(start, page.indexOf('"', start));
    }

    private static byte[] multipartBody(String boundary, String fileName, byte[] data) {
        return multipartBody(boundary, null, null, fileName, data);
    }

    /** A multipart body with an optional text field before the file. */
    private static byte[] multipartBody(String boundary, String field, String value, String fileName, byte[] data) {
        String text = field == null ? "" : "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value + "\r\n";
        byte[] head = (text + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + data.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(data, 0, body, head.length, data.length);
        System.arraycopy(tail, 0, body, head.length + data.length, tail.length);
        return body;
    }

    @Test
    void uploadsAndRemovesThroughThePage() throws Exception {
        mvc.perform(multipart("/agreements/{id}/attachments", agreement)
                        .file(new MockMultipartFile("file", "anh-chup.png", "image/png", PNG)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashMessage", "Đã thêm tệp đính kèm."));
        long attachmentId = fixtures.asSystemAdmin(() -> service.detail(agreement)).attachments().get(0).id();
        mvc.perform(get("/agreements/{id}/attachments/{file}", agreement, attachmentId).with(user(officerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(content().bytes(PNG));

        mvc.perform(multipart("/agreements/{id}/attachments", agreement)
                        .file(new MockMultipartFile("file", "virus.pdf", "application/pdf", EXE)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashWarning", "Chỉ nhận tệp PDF hoặc ảnh (PNG, JPEG, TIFF, WebP)."));

        mvc.perform(post("/agreements/{id}/attachments/{file}/delete", agreement, attachmentId).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.asSystemAdmin(() -> service.detail(agreement)).attachments()).isEmpty();
        mvc.perform(get("/agreements/{id}/attachments/{file}", agreement, attachmentId).with(user(officerLaoCai)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyWritersInScopeAddOrRemoveAndNobodyOutsideTheScopeDownloads() throws Exception {
        long attachmentId = fixtures.asSystemAdmin(() -> service.attach(agreement, "scan.pdf", PDF));
        mvc.perform(multipart("/api/v1/agreements/{id}/attachments", agreement)
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", PDF)).with(user(viewerLaoCai)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/agreements/{id}/attachments/{file}", agreement, attachmentId).with(user(viewerLaoCai)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agreements/{id}/attachments/{file}", agreement, attachmentId).with(user(officerNgheAn)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agreements/{id}/attachments/{file}", agreement, attachmentId).with(user(officerNgheAn)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/agreements/{id}/attachments/{file}", agreement, attachmentId).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isNoContent());
    }
}
