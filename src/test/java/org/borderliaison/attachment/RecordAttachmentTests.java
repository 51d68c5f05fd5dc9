package org.borderliaison.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderliaison.agreement.AgreementBuilder;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.audit.AccessLogEntry;
import org.borderliaison.audit.AccessLogFilter;
import org.borderliaison.meeting.MeetingBuilder;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Attachments on every kind of record (agreements, meetings, cases, handovers), all through the one implementation
 * of module attachment: the same checks, listing, download, access log, scope and refusals for each.
 */
class RecordAttachmentTests extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1};
    /** A Windows executable's first bytes ("MZ"), whatever its name says. */
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    @Autowired
    AgreementService agreements;

    @Autowired
    MeetingService meetings;

    @Autowired
    AccessLog accessLog;

    @Autowired
    AttachmentProperties limits;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    SignedInUser officerLaoCai;
    SignedInUser viewerLaoCai;
    SignedInUser officerNgheAn;
    long laoCai;
    long hekou;

    @BeforeEach
    void accounts() {
        officerLaoCai = fixtures.account("rec-att-officer-lc", "VN-LC-CA", Role.OFFICER);
        viewerLaoCai = fixtures.account("rec-att-viewer-lc", "VN-LC-CA", Role.VIEWER);
        officerNgheAn = fixtures.account("rec-att-officer-na", "VN-NA-CA", Role.OFFICER);
        laoCai = fixtures.agency("VN-LC-CA").id();
        hekou = fixtures.agency("CN-HK-GAJ").id();
    }

    @ParameterizedTest
    @ValueSource(strings = {"agreements", "meetings", "cases", "handovers"})
    void aFileIsListedWithItsUploaderAndDateAndComesBackByteForByte(String kind) throws Exception {
        long record = aRecord(kind);
        String name = "Biên bản " + kind + ".pdf";
        MvcResult uploaded = mvc.perform(multipart("/api/v1/{kind}/{id}/attachments", kind, record)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", PDF)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/" + kind + "/" + record + "/attachments/")))
                .andExpect(jsonPath("$.fileName").value(name))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.sizeBytes").value(PDF.length))
                .andExpect(jsonPath("$.uploadedBy").value("rec-att-officer-lc"))
                .andExpect(jsonPath("$.uploadedByName").value("rec-att-officer-lc (test)"))
                .andExpect(jsonPath("$.uploadedAt").value(notNullValue()))
                .andReturn();
        long attachment = json.readTree(uploaded.getResponse().getContentAsString()).get("id").asLong();

        mvc.perform(get("/api/v1/{kind}/{id}/attachments", kind, record).with(user(viewerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(attachment))
                .andExpect(jsonPath("$[0].uploadedByName").value("rec-att-officer-lc (test)"));
        // Readers of the record download it, from the API and from the page, as it was sent.
        mvc.perform(get("/api/v1/{kind}/{id}/attachments/{file}", kind, record, attachment).with(user(viewerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/{kind}/{id}/attachments/{file}", kind, record, attachment).with(user(viewerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        List<AccessLogEntry> exports = accessLog.search(new AccessLogFilter("rec-att-viewer-lc", AccessEvent.EXPORT, null, null),
                PageRequest.of(0, 500)).getContent().stream()
                .filter(entry -> String.valueOf(attachment).equals(entry.getParameters().get("attachment"))
                        && entry.getSubject().equals(singular(kind) + "-attachment"))
                .toList();
        assertThat(exports).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.getParameters()).containsEntry(singular(kind), String.valueOf(record)).containsEntry("file", name);
        });

        // The page lists it with type, size, the uploader's name and the date; the upload form only for who may change it.
        String today = LocalDate.now(ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String page = mvc.perform(get("/{kind}/{id}", kind, record).with(user(viewerLaoCai)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String listed = page.substring(page.indexOf("id=\"attachment-list\""));
        assertThat(listed).contains(name).contains("rec-att-officer-lc (test)").contains(today).contains("application/pdf")
                .contains("/" + kind + "/" + record + "/attachments/" + attachment);
        assertThat(page).doesNotContain("id=\"upload-form\"").doesNotContain("remove-attachment");
        String officersPage = mvc.perform(get("/{kind}/{id}", kind, record).with(user(officerLaoCai)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(officersPage).contains("id=\"upload-form\"").contains("remove-attachment");

        // The record's history shows the file arriving.
        mvc.perform(get("/api/v1/{kind}/{id}/history", kind, record).with(user(viewerLaoCai)))
                .andExpect(jsonPath("$[0].changes[?(@.field == 'attachments')].after", hasItem(containsString(name))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"agreements", "meetings", "cases", "handovers"})
    void aDisguisedFileIsRefusedWhateverItsNameAndType(String kind) throws Exception {
        long record = aRecord(kind);
        mvc.perform(multipart("/api/v1/{kind}/{id}/attachments", kind, record)
                        .file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", EXE)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("file"))
                .andExpect(jsonPath("$.fieldErrors[0].code").value(singular(kind) + ".error.attachmentType"));
        mvc.perform(multipart("/{kind}/{id}/attachments", kind, record)
                        .file(new MockMultipartFile("file", "anh.jpg", "image/jpeg", EXE)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(redirectedUrl("/" + kind + "/" + record + "#attachments"))
                .andExpect(flash().attribute("flashWarning", "Chỉ nhận tệp PDF hoặc ảnh (PNG, JPEG, TIFF, WebP)."));
        mvc.perform(get("/api/v1/{kind}/{id}/attachments", kind, record).with(user(officerLaoCai)))
                .andExpect(jsonPath("$.length()").value(0));
        // A real image is taken, with the type read from its bytes rather than the one claimed.
        mvc.perform(multipart("/{kind}/{id}/attachments", kind, record)
                        .file(new MockMultipartFile("file", "anh.jpg", "application/pdf", JPEG)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "Đã thêm tệp đính kèm."));
        mvc.perform(get("/api/v1/{kind}/{id}/attachments", kind, record).with(user(officerLaoCai)))
                .andExpect(jsonPath("$[0].contentType").value("image/jpeg"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"agreements", "meetings", "cases", "handovers"})
    void aFileOverTheLimitIsRefusedWithAWarningOnThePageAnd413InTheApi(String kind) throws Exception {
        long record = aRecord(kind);
        String code = singular(kind) + ".error.attachmentTooLarge";
        // Over the file limit, within the request limit: read, then refused by the rules.
        mvc.perform(multipart("/api/v1/{kind}/{id}/attachments", kind, record)
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", Arrays.copyOf(PDF, (int) limits.maxSize().toBytes() + 1)))
                        .with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].code").value(code));

        // Over the request limit: refused by its length before anything reads it, 413 in the API...
        byte[] huge = Arrays.copyOf(PDF, (int) limits.maxRequestSize().toBytes() + 1024 * 1024);
        String boundary = "----liaison" + System.nanoTime();
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base() + "/api/v1/" + kind + "/" + record + "/attachments"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("rec-att-officer-lc:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary, null, huge))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.body()).contains(code).contains("10 MB");

        // ... and back to the record's attachments with a warning on the page.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=rec-att-officer-lc&password=" + Fixtures.PASSWORD + "&_csrf="
                        + token(loginPage, "name=\"_csrf\" value=\""))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String detail = browser.send(HttpRequest.newBuilder(URI.create(base() + "/" + kind + "/" + record)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base() + "/" + kind + "/" + record + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary, token(detail, "<meta name=\"_csrf\" content=\""), huge)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/" + kind + "/" + record + "#attachments");
        String after = browser.send(HttpRequest.newBuilder(URI.create(base() + "/" + kind + "/" + record)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(after).contains("id=\"flash-warning\"").contains("Tệp lớn quá 10 MB.");
        mvc.perform(get("/api/v1/{kind}/{id}/attachments", kind, record).with(user(officerLaoCai)))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"agreements", "meetings", "cases", "handovers"})
    void outsideTheScopeEverythingIs404AndOnlyWritersAddOrRemove(String kind) throws Exception {
        long record = aRecord(kind);
        long attachment = attach(kind, record);
        mvc.perform(get("/{kind}/{id}/attachments/{file}", kind, record, attachment).with(user(officerNgheAn)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/{kind}/{id}/attachments/{file}", kind, record, attachment).with(user(officerNgheAn)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/{kind}/{id}/attachments", kind, record).with(user(officerNgheAn)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/{kind}/{id}/attachments", kind, record)
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", PDF)).with(user(officerNgheAn)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/{kind}/{id}/attachments/{file}", kind, record, attachment).with(user(officerNgheAn)).with(csrf()))
                .andExpect(status().isNotFound());
        // An attachment of another record is not found through this one.
        long other = aRecord(kind);
        mvc.perform(get("/api/v1/{kind}/{id}/attachments/{file}", kind, other, attachment).with(user(officerLaoCai)))
                .andExpect(status().isNotFound());

        mvc.perform(multipart("/api/v1/{kind}/{id}/attachments", kind, record)
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", PDF)).with(user(viewerLaoCai)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/{kind}/{id}/attachments/{file}", kind, record, attachment).with(user(viewerLaoCai)).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/{kind}/{id}/attachments/{file}/delete", kind, record, attachment).with(user(officerLaoCai)).with(csrf()))
                .andExpect(redirectedUrl("/" + kind + "/" + record + "#attachments"))
                .andExpect(flash().attribute("flashMessage", "Đã xóa tệp đính kèm."));
        mvc.perform(get("/api/v1/{kind}/{id}/attachments/{file}", kind, record, attachment).with(user(officerLaoCai)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/{kind}/{id}/attachments", kind, record).with(user(officerLaoCai)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/{kind}/{id}/history", kind, record).with(user(viewerLaoCai)))
                .andExpect(jsonPath("$[0].changes[?(@.field == 'attachments')].change", hasItem("REMOVED")))
                .andExpect(jsonPath("$[0].changes[?(@.field == 'attachments')].change", not(hasItem("ADDED"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"agreements", "meetings", "cases", "handovers"})
    void aColleaguesUploadOrRemovalLeavesAnOpenEditFormCurrent(String kind) throws Exception {
        SignedInUser colleague = fixtures.account("rec-att-colleague-lc", "VN-LC-CA", Role.OFFICER);
        long record = aRecord(kind);
        String form = mvc.perform(get("/{kind}/{id}/edit", kind, record).with(user(officerLaoCai)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher versionField = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertThat(versionField.find()).as("the edit form carries the version it shows").isTrue();
        long seen = Long.parseLong(versionField.group(1));

        // While the form is open, a colleague adds two files from the page and removes one.
        for (String name : List.of("bien-ban.pdf", "ban-nhap.pdf")) {
            mvc.perform(multipart("/{kind}/{id}/attachments", kind, record)
                            .file(new MockMultipartFile("file", name, "application/pdf", PDF)).with(user(colleague)).with(csrf()))
                    .andExpect(flash().attribute("flashMessage", "Đã thêm tệp đính kèm."));
        }
        long draft = json.readTree(mvc.perform(get("/api/v1/{kind}/{id}/attachments", kind, record).with(user(colleague)))
                .andReturn().getResponse().getContentAsString()).valueStream()
                .filter(file -> file.get("fileName").asString().equals("ban-nhap.pdf")).findFirst().orElseThrow().get("id").asLong();
        mvc.perform(delete("/api/v1/{kind}/{id}/attachments/{file}", kind, record, draft).with(user(colleague)).with(csrf()))
                .andExpect(status().isNoContent());

        // Files are no edit of the record: the form's version is still current, and its save is accepted.
        mvc.perform(put("/api/v1/{kind}/{id}", kind, record).contentType(MediaType.APPLICATION_JSON).content(anEdit(kind, record, seen))
                        .with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(seen + 1));
        mvc.perform(get("/api/v1/{kind}/{id}/attachments", kind, record).with(user(officerLaoCai)))
                .andExpect(jsonPath("$[*].fileName", contains("bien-ban.pdf")));
        // The history still tells the files apart from the edit.
        mvc.perform(get("/api/v1/{kind}/{id}/history", kind, record).with(user(viewerLaoCai)))
                .andExpect(jsonPath("$[*].changes[?(@.field == 'attachments')].after", hasItem("ban-nhap.pdf")))
                .andExpect(jsonPath("$[*].changes[?(@.field == 'attachments')].before", hasItem("ban-nhap.pdf")));
    }

    @Test
    void deletingAMeetingForGoodTakesItsFilesWithIt() throws Exception {
        SignedInUser admin = fixtures.account("rec-att-admin", "VN-LC-CA", Role.ADMIN);
        long meeting = aRecord("meetings");
        long attachment = attach("meetings", meeting);
        mvc.perform(delete("/api/v1/meetings/{id}", meeting).with(user(admin)).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/meetings/{id}/attachments/{file}", meeting, attachment).with(user(admin)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from meeting_attachment_content where attachment_id = ?", Long.class, attachment))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from meeting_attachment where id = ?", Long.class, attachment)).isZero();
    }

    // ---- records of each kind, in Lào Cai with Hekou as the partner

    private long aRecord(String kind) throws Exception {
        return switch (kind) {
            case "agreements" -> fixtures.asSystemAdmin(() -> agreements.create(AgreementBuilder.aMemorandum().between(laoCai, hekou).command()));
            case "meetings" -> fixtures.asSystemAdmin(() -> meetings.create(
                    MeetingBuilder.aTalk("Hội đàm có biên bản").between(laoCai, hekou).on(DAY).details()).id());
            case "cases" -> created("/api/v1/cases", caseBody("ATT-" + System.nanoTime() % 100_000_000, "Có tài liệu", null));
            case "handovers" -> created("/api/v1/handovers", handoverBody(1, null));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** An edit of the record made by {@link #aRecord}, as the API receives it, over {@code version}. */
    private String anEdit(String kind, long record, long version) throws Exception {
        return switch (kind) {
            case "agreements" -> AgreementBuilder.aMemorandum().between(laoCai, hekou).json(version);
            case "meetings" -> json.writeValueAsString(MeetingBuilder.aTalk("Hội đàm có biên bản (sửa)").between(laoCai, hekou).on(DAY)
                    .body(version));
            case "cases" -> caseBody(json.readTree(mvc.perform(get("/api/v1/cases/{id}", record).with(user(officerLaoCai)))
                    .andReturn().getResponse().getContentAsString()).get("ourReference").asString(), "Có tài liệu (sửa)", version);
            case "handovers" -> handoverBody(2, version);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private String caseBody(String reference, String summary, Long version) {
        return """
                {"version":%s,"category":"DRUGS","ourReference":"%s","openedOn":"%s","status":"INFORMATION_EXCHANGED",
                 "leadAgencyId":%d,"partners":[{"agencyId":%d}],"subjects":1,"victims":0,"summary":"%s","seizures":[]}"""
                .formatted(version, reference, DAY, laoCai, hekou, summary);
    }

    private String handoverBody(int quantity, Long version) {
        return """
                {"version":%s,"direction":"HANDED_OVER","category":"PROPERTY","date":"%s","quantity":%d,"ourAgencyId":%d,"partnerAgencyId":%d}"""
                .formatted(version, DAY, quantity, laoCai, hekou);
    }

    private long created(String path, String body) throws Exception {
        MvcResult result = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
    }

    private long attach(String kind, long record) throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/{kind}/{id}/attachments", kind, record)
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", PDF)).with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
    }

    private static String singular(String kind) {
        return switch (kind) {
            case "agreements" -> "agreement";
            case "meetings" -> "meeting";
            case "cases" -> "case";
            case "handovers" -> "handover";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String token(String page, String before) {
        int start = page.indexOf(before);
        assertThat(start).as("%s in the page", before).isNotNegative();
        start += before.length();
        return page.substring(start, page.indexOf('"', start));
    }

    /** A multipart body with the file {@code data}, after a {@code _csrf} field when one is given. */
    private static byte[] multipartBody(String boundary, String csrf, byte[] data) {
        String field = csrf == null ? "" : "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n";
        byte[] head = (field + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + data.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(data, 0, body, head.length, data.length);
        System.arraycopy(tail, 0, body, head.length + data.length, tail.length);
        return body;
    }
}
