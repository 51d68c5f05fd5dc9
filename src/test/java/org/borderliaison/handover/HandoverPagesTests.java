package org.borderliaison.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.AddAnotherCheck;
import org.borderliaison.support.IntegrationTest;
import org.borderliaison.support.PdfA;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Handover pages: personal data by role on the page, the printed record and the PDF; the form; the CSV upload. */
class HandoverPagesTests extends IntegrationTest {

    static final long LANG_SON = 14;
    static final long NGHE_AN = 17;
    static final long GUANGXI = 38;
    static final long BOLIKHAMXAY = 52;

    @Autowired
    JsonMapper json;

    SignedInUser officer;
    SignedInUser reporter;

    @BeforeEach
    void accounts() {
        officer = fixtures.account("ho-page-officer-ls", "VN-LS-CA", Role.OFFICER);
        reporter = fixtures.account("ho-page-reporter-ls", "VN-LS-CA", Role.REPORTER);
        fixtures.account("ho-page-officer-na", "VN-NA-CA", Role.OFFICER);
    }

    private long create(String username, long ours, long partner, String... names) throws Exception {
        String body = json.writeValueAsString(HandoverBodies.wantedPersons(names.length).between(ours, partner).named(names).build());
        String answer = mvc.perform(post("/api/v1/handovers").with(httpBasic(username, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(answer).get("id").asLong();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    }

    private static String unescaped(org.springframework.test.web.servlet.MvcResult result) throws IOException {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // table cells wrap long names: join the lines again so a name reads as one string
            return new PDFTextStripper().getText(document).replace("\r", "").replace("\n", "");
        }
    }

    @Test
    void theDetailPageShowsThePersonsToOfficersAndOnlyTheCountToReporters() throws Exception {
        String name = unique("Phạm Thị Hoa");
        long id = create("ho-page-officer-ls", LANG_SON, GUANGXI, name, unique("Vi Văn Tài"));
        mvc.perform(get("/handovers/{id}", id).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("id=\"edit-handover\"")));
        mvc.perform(get("/handovers/{id}", id).with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))))
                .andExpect(content().string(containsString("id=\"persons-hidden\"")))
                .andExpect(content().string(containsString("id=\"persons-listed\">2<")))
                .andExpect(content().string(not(containsString("id=\"edit-handover\""))));
        mvc.perform(get("/handovers/{id}/edit", id).with(user(reporter))).andExpect(status().isForbidden());
    }

    @Test
    void theRecordPageAndPdfAreBilingualAndListThePersonsOnlyForOfficers() throws Exception {
        String first = unique("Lục Văn Phong");
        String second = unique("Hoàng Thị Mai");
        long id = create("ho-page-officer-ls", LANG_SON, GUANGXI, first, second);

        mvc.perform(get("/handovers/{id}/record", id).with(user(officer)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("BIÊN BẢN BÀN GIAO")))
                .andExpect(content().string(containsString("移交记录")))
                .andExpect(content().string(containsString(first)));

        byte[] pdf = mvc.perform(get("/handovers/{id}/record.pdf", id).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("bien-ban-ban-giao-" + id + ".pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("BIÊN BẢN BÀN GIAO", "移交记录", "人员名单", "姓名", first, second, "广西壮族自治区公安厅", "在逃通缉人员");

        byte[] reporterPdf = mvc.perform(get("/handovers/{id}/record.pdf", id).with(user(reporter)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(reporterPdf)).contains("移交记录", "2").doesNotContain(first).doesNotContain(second);
        mvc.perform(get("/handovers/{id}/record", id).with(user(reporter)))
                .andExpect(content().string(not(containsString(first))))
                .andExpect(content().string(containsString("id=\"record-persons-hidden\"")));
    }

    @Test
    void aRecordWithALaoPartnerIsPrintedInLao() throws Exception {
        String name = unique("Xổm Phết");
        long id = create("ho-page-officer-na", NGHE_AN, BOLIKHAMXAY, name);
        byte[] pdf = mvc.perform(get("/handovers/{id}/record.pdf", id).with(httpBasic("ho-page-officer-na", Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("BIÊN BẢN BÀN GIAO", name, "ປະເພດ").doesNotContain("移交记录");
    }

    @Test
    void aListThatDoesNotMatchTheNumberIsRefusedWithEverythingTypedKept() throws Exception {
        String name = unique("Đàm Văn Lực");
        mvc.perform(post("/handovers/new").with(user(officer)).with(csrf())
                        .param("direction", "HANDED_OVER").param("category", "WANTED_FUGITIVE")
                        .param("date", LocalDate.now().minusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                        .param("ourAgencyId", String.valueOf(LANG_SON)).param("partnerAgencyId", String.valueOf(GUANGXI))
                        .param("quantity", "3")
                        .param("persons[0].fullName", name).param("persons[1].fullName", "Vy Thị Lan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Danh sách có 2 người nhưng số người đã khai là 3.")))
                .andExpect(result -> assertThat(unescaped(result)).contains("value=\"" + name + "\"", "Công an tỉnh Lạng Sơn (VN-LS-CA)"));
    }

    @Test
    void saveAndAddAnotherRecordsTheHandoverAndOpensAnEmptyForm() throws Exception {
        String name = unique("Lục Văn Tiếp");
        String date = LocalDate.now().minusDays(4).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        AddAnotherCheck.Saved saved = AddAnotherCheck.saveAndAddAnother(mvc, post("/handovers/new").with(csrf())
                        .param("direction", "RECEIVED").param("category", "WANTED_FUGITIVE").param("date", date)
                        .param("ourAgencyId", String.valueOf(LANG_SON)).param("partnerAgencyId", String.valueOf(GUANGXI))
                        .param("quantity", "1").param("legalBasisKind", "WANTED_NOTICE").param("legalBasisReference", "TN 13/2024")
                        .param("persons[0].fullName", name).param("persons[0].birthYear", "1980"), "/handovers", officer);
        mvc.perform(get("/handovers/{id}", saved.id()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(unescaped(result)).contains("TN 13/2024"));
        assertThat(saved.newForm()).doesNotContain("TN 13/2024");
        AddAnotherCheck.notOnTheEditForm(mvc, "/handovers/" + saved.id() + "/edit", officer);
    }

    @Test
    void copyAsANewRecordKeepsTheHandoverButNotThePersons() throws Exception {
        String name = unique("Hoàng Văn Sao");
        String date = LocalDate.now().minusDays(5).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String location = mvc.perform(post("/handovers/new").with(user(officer)).with(csrf())
                        .param("direction", "RECEIVED").param("category", "WANTED_FUGITIVE").param("date", date)
                        .param("ourAgencyId", String.valueOf(LANG_SON)).param("partnerAgencyId", String.valueOf(GUANGXI))
                        .param("quantity", "1").param("legalBasisKind", "WANTED_NOTICE").param("legalBasisReference", "TN 14/2024")
                        .param("persons[0].fullName", name).param("persons[0].birthYear", "1981"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).with(user(officer)))
                .andExpect(content().string(containsString("href=\"/handovers/new?copyOf=" + id + "\"")));
        mvc.perform(get("/handovers/new").param("copyOf", String.valueOf(id)).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/handovers/new\"")))
                .andExpect(content().string(containsString("value=\"" + date + "\"")))
                .andExpect(result -> assertThat(unescaped(result)).contains("TN 14/2024").doesNotContain(name, "1981"));
        mvc.perform(get("/handovers/new").param("copyOf", String.valueOf(id))
                        .with(user(fixtures.account("ho-page-officer-lc", "VN-LC-CA", Role.OFFICER))))
                .andExpect(status().isNotFound());
    }

    @Test
    void personRowsAreAddedWithoutSavingAndAFullFormIsSaved() throws Exception {
        String name = unique("Nông Đức Mạnh");
        String date = LocalDate.now().minusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        mvc.perform(post("/handovers/new").with(user(officer)).with(csrf()).param("_addRow", "persons")
                        .param("quantity", "1").param("persons[0].fullName", name))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"persons[1].fullName\"")))
                .andExpect(result -> assertThat(unescaped(result)).contains("value=\"" + name + "\""))
                .andExpect(content().string(not(containsString("is-invalid"))));
        mvc.perform(post("/handovers/new").with(user(officer)).with(csrf())
                        .param("direction", "RECEIVED").param("category", "WANTED_FUGITIVE").param("date", date)
                        .param("ourAgencyId", String.valueOf(LANG_SON)).param("partnerAgencyId", String.valueOf(GUANGXI))
                        .param("quantity", "1").param("legalBasisKind", "WANTED_NOTICE").param("legalBasisReference", "TN 12/2024")
                        .param("persons[0].fullName", name).param("persons[0].birthYear", "1979"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/handovers/*"));
    }

    @Test
    void aCsvUploadWithABadLineIsRefusedWholeAndNamesTheLines() throws Exception {
        long id = create("ho-page-officer-ls", LANG_SON, GUANGXI, unique("Giữ Nguyên"), unique("Không Đổi"));
        String csv = "full_name,birth_year\nTrịnh Văn An,1980\nLê Văn Bình,19x0\n";
        mvc.perform(multipart("/handovers/{id}/persons/upload", id)
                        .file(new MockMultipartFile("file", "danh-sach.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("version", "0").with(user(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"refused-lines\"")))
                .andExpect(content().string(containsString("danh-sach.csv")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("Năm sinh &quot;19x0&quot; không hợp lệ")));
        mvc.perform(get("/handovers/{id}", id).with(user(officer)))
                .andExpect(content().string(containsString("Giữ Nguyên")))
                .andExpect(content().string(not(containsString("Trịnh Văn An"))));

        String good = "full_name,birth_year\nTrịnh Văn An,1980\nLê Văn Bình,1990\n";
        mvc.perform(multipart("/handovers/{id}/persons/upload", id)
                        .file(new MockMultipartFile("file", "ok.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .param("version", "0").with(user(officer)).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/handovers/{id}", id).with(user(officer)))
                .andExpect(content().string(containsString("Trịnh Văn An")))
                .andExpect(content().string(not(containsString("Giữ Nguyên"))));
    }

    @Test
    void theListFiltersByDirectionAndCategoryWithinScope() throws Exception {
        mvc.perform(get("/handovers").param("direction", "RECEIVED").param("category", "CITIZEN_NOT_PERMITTED_TO_RESIDE")
                        .with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("12.962")))
                .andExpect(content().string(not(containsString(">364<"))));
    }

    @Test
    void signersAndWitnessesAreEnteredAsRowsAndShownWithTheNumberAndTime() throws Exception {
        String date = LocalDate.now().minusDays(4).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String witness = unique("Lộc Văn Tư");
        mvc.perform(post("/handovers/new").with(user(officer)).with(csrf()).param("_addRow", "witnesses")
                        .param("ourRepresentatives[0].fullName", "Nông Văn Quyết"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"witnesses[0].fullName\"")))
                .andExpect(result -> assertThat(unescaped(result)).contains("value=\"Nông Văn Quyết\""))
                .andExpect(content().string(not(containsString("is-invalid"))));

        mvc.perform(post("/handovers/new").with(user(officer)).with(csrf())
                        .param("direction", "HANDED_OVER").param("category", "ILLEGAL_ENTRANT").param("date", date).param("time", "9:3x")
                        .param("ourAgencyId", String.valueOf(LANG_SON)).param("partnerAgencyId", String.valueOf(GUANGXI))
                        .param("quantity", "2").param("partnerRepresentatives[0].rank", "Thiếu tá"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(unescaped(result)).contains("Giờ không hợp lệ"))
                .andExpect(content().string(containsString("name=\"partnerRepresentatives[0].rank\"")))
                .andExpect(result -> assertThat(unescaped(result)).contains("value=\"Thiếu tá\""));

        String location = mvc.perform(post("/handovers/new").with(user(officer)).with(csrf())
                        .param("direction", "HANDED_OVER").param("category", "ILLEGAL_ENTRANT").param("date", date).param("time", "09:30")
                        .param("ourAgencyId", String.valueOf(LANG_SON)).param("partnerAgencyId", String.valueOf(GUANGXI))
                        .param("quantity", "2").param("legalBasisKind", "DIPLOMATIC_NOTE").param("legalBasisReference", "Công hàm số 45/CH-GX")
                        .param("ourRepresentatives[0].rank", "Thượng tá").param("ourRepresentatives[0].fullName", "Nông Văn Quyết")
                        .param("ourRepresentatives[0].position", "Phó Giám đốc")
                        .param("partnerRepresentatives[0].fullName", "王建国").param("partnerRepresentatives[0].position", "副厅长")
                        .param("witnesses[0].fullName", witness))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"record-number\">\\d+/BB-CAT<.*")))
                .andExpect(content().string(containsString("id=\"handover-time\">09:30<")))
                .andExpect(result -> assertThat(unescaped(result)).contains("Thượng tá Nông Văn Quyết, Phó Giám đốc", "王建国, 副厅长", witness,
                        "id=\"legal-basis\">Công hàm số 45/CH-GX<"));
        mvc.perform(get(location + "/edit").with(user(officer)))
                .andExpect(result -> assertThat(unescaped(result)).contains("value=\"Nông Văn Quyết\""))
                .andExpect(result -> assertThat(unescaped(result)).contains("value=\"09:30\""));
    }

    @Test
    void theRecordPdfCarriesNumberTimeGateSignersAndSignatureBlocksInVietnameseEnglishAndThePartnersLanguage() throws Exception {
        String witness = unique("Lộc Văn Tư");
        LocalDate day = LocalDate.now().minusDays(5);
        String body = json.writeValueAsString(HandoverBodies.wantedPersons(1).between(LANG_SON, GUANGXI).on(day).at("09:05")
                .legalBasis("DIPLOMATIC_NOTE", "Công hàm số 45/CH-GX")
                .ourSide("Thượng tá|Nông Văn Quyết|Phó Giám đốc Công an tỉnh", "Thiếu tá|Hà Thị Lan|Đội trưởng")
                .partnerSide("|王建国|副厅长").witnesses("|" + witness + "|Trưởng thôn").named(unique("Vi Văn Tài")).build());
        body = body.replace("\"date\"", "\"borderGateId\":1,\"date\"");
        JsonNode created = json.readTree(mvc.perform(post("/api/v1/handovers").with(httpBasic("ho-page-officer-ls", Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        long id = created.get("id").asLong();
        String number = created.get("recordNumber").get("text").asString();
        String dd = String.format("%02d", day.getDayOfMonth());
        String mm = String.format("%02d", day.getMonthValue());

        byte[] viPdf = mvc.perform(get("/handovers/{id}/record.pdf", id).with(user(officer)).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String vi = pdfText(viPdf);
        assertThat(vi).contains("BỘ CÔNG AN", "CÔNG AN TỈNH LẠNG SƠN", "Số: " + number, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN BÀN GIAO", "移交记录",
                        "Hồi 09 giờ 05 phút, ngày " + dd + " tháng " + mm + " năm " + day.getYear(),
                        day.getYear() + "年" + mm + "月" + dd + "日09时05分",
                        "Cửa khẩu quốc tế đường bộ Lào Cai – Hà Khẩu", "河口",
                        "Đại diện phía Việt Nam", "越方代表", "Nông Văn Quyết", "Thượng tá", "Phó Giám đốc Công an tỉnh", "Hà Thị Lan",
                        "Đại diện phía bạn", "中方代表", "王建国", "副厅长", "Người chứng kiến", "见证人", witness,
                        "Đại diện bên giao", "移交方代表", "Đại diện bên nhận", "接收方代表", "(Ký, ghi rõ họ tên)",
                        "Thượng tá Nông Văn Quyết", "Công hàm số 45/CH-GX / 外交照会")
                .doesNotContain("Công hàm Công hàm", "Công hàm: Công hàm");
        // the signature blocks come after the body, handing side (ours, handed over) first
        assertThat(vi.lastIndexOf("Đại diện bên giao")).isGreaterThan(vi.indexOf("Người chứng kiến"));
        PdfA.assertCompliant(viPdf); // once: the English copy comes from the same template and renderer
        try (PDDocument document = Loader.loadPDF(viPdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("BIÊN BẢN BÀN GIAO " + number);
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Công an tỉnh Lạng Sơn");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi");
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
        }

        byte[] enPdf = mvc.perform(get("/handovers/{id}/record.pdf", id).with(user(officer)).param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("bien-ban-ban-giao-" + id + "-en.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(enPdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
        String en = pdfText(enPdf);
        assertThat(en).contains("MINISTRY OF PUBLIC", "No.: " + number, "SOCIALIST REPUBLIC OF VIETNAM",
                        "Independence - Freedom - Happiness", "HANDOVER RECORD", "移交记录",
                        "At 09:05 on " + dd + "/" + mm + "/" + day.getYear(), "Lao Cai – Hekou International Road Border Gate",
                        "Representatives of the Vietnamese side", "越方代表", "Nông Văn Quyết", "王建国", "Witnesses", witness,
                        "For the handing-over side", "For the receiving side", "(Signature and full name)", "Công hàm số 45/CH-GX")
                .doesNotContain("BIÊN BẢN BÀN GIAO");
        // the page is the Vietnamese original even for a reader of the English site
        mvc.perform(get("/handovers/{id}/record", id).with(user(officer)).param("lang", "en"))
                .andExpect(content().string(containsString("id=\"record-english\"")))
                .andExpect(result -> assertThat(unescaped(result)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: " + number)
                        .doesNotContain("SOCIALIST REPUBLIC"));
    }
}
