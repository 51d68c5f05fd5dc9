package org.borderliaison.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.audit.AccessLogEntry;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.shared.document.OfficialHeading;
import org.borderliaison.support.IntegrationTest;
import org.borderliaison.support.PdfA;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The summary as an official report (Decree 30/2020/NĐ-CP, Appendix I), read back from the PDF: the agencies, the
 * motto, the number with the agency's symbol, the date line, the title, the confidentiality mark, "Nơi nhận" and the
 * signatory, in Vietnamese and in English, with what staff changed for this one document; A4 with the decree's
 * margins and 13pt body text; PDF/A-2b by veraPDF; the mark in the access log. PDFs are kept under target/summary-pdf.
 */
class SummaryOfficialDocumentTests extends IntegrationTest {

    private static final Path KEPT = Path.of("target", "summary-pdf");
    private static final float MM = 72f / 25.4f;

    @Autowired
    Clock clock;

    @Autowired
    AccessLog accessLog;

    SignedInUser reporter;

    @BeforeEach
    void reporter() {
        reporter = fixtures.account("sum-doc-reporter-ls", "VN-LS-CA", Role.REPORTER);
    }

    private MockHttpServletRequestBuilder langSon(String path) {
        return get(path).param("agencyId", String.valueOf(fixtures.agency("VN-LS-CA").id())).param("from", "2018-01-01")
                .param("to", "2022-03-23").param("partnerAgencyId", String.valueOf(fixtures.agency("CN-GX-GAT").id()));
    }

    private MockHttpServletRequestBuilder withChanges(MockHttpServletRequestBuilder request) {
        return request.param("number", "12").param("recipients", "Cục Đối ngoại (V02)\n- Như trên;\nLưu: VT, PV01")
                .param("signatoryName", "Nguyễn Văn An").param("confidentiality", "CONFIDENTIAL");
    }

    @Test
    void thePdfIsAnOfficialReportInVietnamese() throws Exception {
        byte[] pdf = keep(mvc.perform(withChanges(langSon("/reports/summary.pdf")).with(user(reporter)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), "official-vi.pdf");
        String dateLine = heading().dateLine(Locale.forLanguageTag("vi"));
        assertThat(dateLine).matches("Lạng Sơn, ngày \\d\\d tháng \\d+ năm \\d{4}");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String first = text(document, 1, 1);
            // The header in the decree's reading order: agencies and number left, motto and date line right.
            assertThat(first).startsWith("BỘ CÔNG AN CÔNG AN TỈNH LẠNG SƠN Số: 12/BC-CAT MẬT "
                    + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc " + dateLine + " BÁO CÁO Tổng hợp kết quả hợp tác quốc tế");
            assertThat(first).contains("Kỳ báo cáo: từ 01/01/2018 đến 23/03/2022", "Đã tổ chức 03 đoàn công tác xuất cảnh");
            String last = text(document, document.getNumberOfPages(), document.getNumberOfPages());
            // "Nơi nhận" with what staff typed (their marks and punctuation replaced by the decree's), then the signatory
            // with the agency's defaults where nothing was changed.
            assertThat(last).contains("Nơi nhận: - Cục Đối ngoại (V02); - Như trên; - Lưu: VT, PV01.")
                    .contains("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn An");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Báo cáo tổng hợp kết quả hợp tác quốc tế – Công an tỉnh Lạng Sơn");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Công an tỉnh Lạng Sơn");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi");

            // A4; left margin 30 mm, right 15 mm, top 20 mm; Times-metric serif (Chinese names in the CJK font).
            Layout layout = layout(document, 1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            assertThat(layout.left).isBetween(30 * MM - 1, 32 * MM);
            assertThat(layout.right).isBetween(595 - 17 * MM, 595 - 15 * MM + 1);
            assertThat(layout.top).isBetween(20 * MM - 1, 26 * MM);
            assertThat(layout.fonts).allMatch(font -> font.contains("LiberationSerif") || font.contains("DroidSansFallback"));
        }
        PdfA.assertCompliant(pdf);

        // The mark goes to the access log with the download.
        assertThat(accessLog.recent("sum-doc-reporter-ls", PageRequest.of(0, 5)).getContent())
                .filteredOn(entry -> entry.getEvent() == AccessEvent.EXPORT)
                .extracting(AccessLogEntry::getSubject, entry -> entry.getParameters().get("confidentiality"),
                        entry -> entry.getParameters().get("number"))
                .contains(org.assertj.core.groups.Tuple.tuple("summary-pdf", "MẬT", "12"));
    }

    @Test
    void thePdfIsAnOfficialReportInEnglishAndTheAgencysDefaultsFillWhatIsLeftOut() throws Exception {
        byte[] pdf = keep(mvc.perform(langSon("/reports/summary.pdf").param("lang", "en").param("confidentiality", "SECRET")
                        .with(user(reporter)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), "official-en.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String first = text(document, 1, 1);
            assertThat(first).startsWith("MINISTRY OF PUBLIC SECURITY LANG SON PROVINCIAL POLICE No.:");
            assertThat(first).contains("/BC-CAT TỐI MẬT SOCIALIST REPUBLIC OF VIETNAM Independence - Freedom - Happiness "
                    + heading().dateLine(Locale.ENGLISH) + " REPORT Results of international cooperation");
            String last = text(document, document.getNumberOfPages(), document.getNumberOfPages());
            assertThat(last).contains("Recipients: - Cục Đối ngoại (V02) - Bộ Công an; - Đồng chí Giám đốc Công an tỉnh; - Lưu: VT, PV01.",
                    "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
        PdfA.assertCompliant(pdf);
    }

    @Test
    void thePageOffersTheDocumentsChangesWithTheAgencysDefaultsAndCarriesThemToTheDownloads() throws Exception {
        String page = mvc.perform(langSon("/reports/summary").param("from", "01/01/2018").param("to", "23/03/2022")
                        .param("number", "12").param("confidentiality", "CONFIDENTIAL").with(user(reporter)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"summary-document\"", "name=\"recipients\"", "Lưu: VT, PV01</textarea>",
                "<option value=\"CONFIDENTIAL\" selected=\"selected\">Mật</option>")
                .containsPattern("name=\"signatoryAuthority\" value=\"KT. GI[^\"]+\"");
        // The page prints as the PDF does: the official header and closing around the summary.
        assertThat(page).contains("class=\"official-issuer\">CÔNG AN TỈNH LẠNG SƠN<", "Số: 12/BC-CAT", "class=\"official-mark\">MẬT<",
                "Độc lập - Tự do - Hạnh phúc", "Nơi nhận:", "/css/official-");
        assertThat(page).contains("id=\"download-docx\"").containsPattern("href=\"/reports/summary.pdf\\?[^\"]*number=12[^\"]*confidentiality=CONFIDENTIAL");
        // What was not changed is left to the agency's defaults there too.
        assertThat(page).containsPattern("href=\"/reports/summary.docx\\?[^\"]*number=12&amp;confidentiality=CONFIDENTIAL\"");
    }

    @Test
    void aBadDocumentParameterIsRefusedWithProblemDetailsNeverAFile() throws Exception {
        mvc.perform(langSon("/reports/summary.pdf").param("confidentiality", "HALF_SECRET").with(user(reporter)))
                .andExpect(status().isBadRequest());
        mvc.perform(langSon("/reports/summary.pdf").param("number", "1".repeat(21)).with(user(reporter)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("number"));
    }

    private OfficialHeading heading() {
        return new OfficialHeading(null, "x", null, "BC", null, "Lạng Sơn", LocalDate.now(clock), "", null, null, null, null);
    }

    private static byte[] keep(byte[] pdf, String name) throws IOException {
        Files.createDirectories(KEPT);
        Files.write(KEPT.resolve(name), pdf);
        return pdf;
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replace("\r", "").replace("\n", " ").replaceAll(" +", " ").strip();
    }

    /** Where the text of a page lies (points from the left and top edges), in which fonts. */
    private record Layout(float left, float right, float top, TreeSet<String> fonts) {
    }

    private static Layout layout(PDDocument document, int page) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
                positions.addAll(textPositions);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        TreeSet<String> fonts = new TreeSet<>();
        float left = Float.MAX_VALUE;
        float right = 0;
        float top = Float.MAX_VALUE;
        for (TextPosition position : positions) {
            left = Math.min(left, position.getXDirAdj());
            right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
            top = Math.min(top, position.getYDirAdj() - position.getHeightDir());
            fonts.add(position.getFont().getName());
        }
        return new Layout(left, right, top, fonts);
    }
}
