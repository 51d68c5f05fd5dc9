package org.borderliaison.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderliaison.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The summary as a PDF (Lạng Sơn with Guangxi, 2018 – 23/3/2022): the figures, the narrative and the Chinese
 * name read back from the file, the fonts embedded, page numbers; refused out of scope; in English on request.
 * And the page's breakdown tables, charts and download links. The PDFs are kept under target/summary-pdf.
 */
class SummaryPdfTests extends IntegrationTest {

    private static final Path KEPT = Path.of("target", "summary-pdf");

    @Autowired
    SummaryService summaries;

    SignedInUser reporter;
    String langSon;
    String guangxi;

    @BeforeEach
    void reporter() {
        reporter = fixtures.account("sum-reporter-ls", "VN-LS-CA", Role.REPORTER);
        langSon = String.valueOf(fixtures.agency("VN-LS-CA").id());
        guangxi = String.valueOf(fixtures.agency("CN-GX-GAT").id());
    }

    private MockHttpServletRequestBuilder langSonWithGuangxi(String path) {
        return get(path).param("agencyId", langSon).param("from", "2018-01-01").param("to", "2022-03-23").param("partnerAgencyId", guangxi);
    }

    @Test
    void theReportersPdfHoldsTheFiguresInVietnameseWithEmbeddedFontsAndPageNumbers() throws Exception {
        MvcResult result = mvc.perform(langSonWithGuangxi("/reports/summary.pdf").with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"bao-cao-tong-hop-VN-LS-CA-2018-01-01-2022-03-23.pdf\""))
                .andReturn();
        byte[] pdf = keep(result, "lang-son-guangxi-vi.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f); // A4 portrait: 210 × 297 mm
            assertThat(document.getPage(0).getMediaBox().getHeight()).isBetween(841f, 843f);
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = text(document);
            assertThat(text).contains("Công an tỉnh Lạng Sơn", "Báo cáo tổng hợp kết quả hợp tác quốc tế".toUpperCase(),
                    "Kỳ báo cáo: từ 01/01/2018 đến 23/03/2022", "So sánh với kỳ trước: từ 11/10/2013 đến 31/12/2017",
                    "Sở Công an Khu tự trị dân tộc Choang Quảng Tây", "广西壮族自治区公安厅",
                    "Đã tổ chức 03 đoàn công tác xuất cảnh, 51 cuộc hội đàm tại thực địa",
                    "336", "1.056", "168,55", "476.509", "12.962", "2.266",
                    "Trang 1/" + pages, "Trang " + pages + "/" + pages);
            // The breakdowns and charts: the month table with its total, the charts of the trend by year (51 months).
            assertThat(text).contains("Số liệu theo tháng", "03/2022", "Cộng năm 2018", "Tổng cộng", "Diễn biến theo năm",
                    "Phân bổ theo cơ quan phía bạn", "Số liệu theo cơ quan phía bạn");
            // Nothing recorded before 2018: the tables say so instead of "+950" (the fonts have no U+2212 either:
            // a change column's minus prints as a hyphen, never as a missing glyph "#").
            assertThat(text).contains("Kỳ trước chưa có số liệu.").doesNotContain("+950", "(#)");
            // No patrols with Guangxi: no empty patrol table.
            assertThat(text).doesNotContain("Tuần tra song phương: số cuộc");
            for (PDFont font : fonts(document.getPage(0))) {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            }
            assertThat(fonts(document.getPage(0))).extracting(PDFont::getName)
                    .anyMatch(name -> name.contains("NotoSans")).anyMatch(name -> name.contains("DroidSansFallback"));
        }
    }

    @Test
    void theEnglishPdfWritesNumbersTheEnglishWay() throws Exception {
        MvcResult result = mvc.perform(langSonWithGuangxi("/reports/summary.pdf").param("lang", "en").with(user(reporter)))
                .andExpect(status().isOk()).andReturn();
        try (PDDocument document = Loader.loadPDF(keep(result, "lang-son-guangxi-en.pdf"))) {
            String text = text(document);
            assertThat(text).contains("Lang Son", "Held 3 outgoing delegations, 51 field talks at the border",
                    "1,056", "168.55", "12,962", "Period: 01/01/2018 to 23/03/2022", "Page 1 of " + document.getNumberOfPages(),
                    "Trend by year", "By partner agency", "Total 2019");
            assertThat(text).doesNotContain("Trang 1/", "Đã tổ chức");
        }
    }

    @Test
    void aYearIsDrawnByMonthAndTheMinistrysTenYearsByYear() throws Exception {
        SignedInUser command = fixtures.account("sum-viewer-bdbp", "VN-LC-BDBP", Role.VIEWER);
        MvcResult year = mvc.perform(get("/reports/summary.pdf").param("agencyId", String.valueOf(fixtures.agency("VN-LC-BDBP").id()))
                        .param("from", "2024-01-01").param("to", "2024-12-31").with(user(command)))
                .andExpect(status().isOk()).andReturn();
        try (PDDocument document = Loader.loadPDF(keep(year, "lao-cai-border-guard-2024.pdf"))) {
            String text = text(document);
            assertThat(text).contains("Diễn biến theo tháng", "Tuần tra song phương: số cuộc", "1.962", "Trang 1/" + document.getNumberOfPages())
                    .doesNotContain("Cộng năm");
        }

        SignedInUser ministry = fixtures.account("sum-reporter-v02", "V02", Role.REPORTER);
        MvcResult decade = mvc.perform(get("/reports/summary.pdf").param("agencyId", String.valueOf(fixtures.agency("VN-BCA").id()))
                        .param("from", "2015-01-01").param("to", "2024-12-31").with(user(ministry)))
                .andExpect(status().isOk()).andReturn();
        try (PDDocument document = Loader.loadPDF(keep(decade, "ministry-2015-2024.pdf"))) {
            String text = text(document);
            assertThat(text).contains("Diễn biến theo năm", "Bộ Công an", "Kỳ báo cáo gồm 120 tháng", "12/2024", "Cộng năm 2019 ", "Cộng năm 2015", "Cộng năm 2024",
                    "Trang " + document.getNumberOfPages() + "/" + document.getNumberOfPages());
        }
    }

    @Test
    void aReporterOfAnotherProvinceGetsNoPdfButAClearRefusal() throws Exception {
        fixtures.account("sum-reporter-lc", "VN-LC-CA", Role.REPORTER);
        mvc.perform(langSonWithGuangxi("/reports/summary.pdf").with(httpBasic("sum-reporter-lc", Fixtures.PASSWORD))
                        .accept(MediaType.APPLICATION_PDF, MediaType.ALL))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.fieldErrors[0].field").value("agencyId"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không thuộc phạm vi")));
        // The page refuses it as a form error, with no summary and nothing to download.
        mvc.perform(langSonWithGuangxi("/reports/summary").param("from", "01/01/2018").param("to", "23/03/2022")
                        .with(user(fixtures.account("sum-reporter-lc", "VN-LC-CA", Role.REPORTER))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("không thuộc phạm vi")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("download-pdf"))));
        // Dates backwards or unreadable are refused too, never a 500.
        mvc.perform(get("/reports/summary.pdf").param("agencyId", langSon).param("from", "2022-03-23").param("to", "2018-01-01")
                        .with(user(reporter)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/reports/summary.pdf").param("agencyId", langSon).param("from", "2022-13-45").with(user(reporter)))
                .andExpect(status().isBadRequest());
        mvc.perform(langSonWithGuangxi("/reports/summary.pdf")).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentDescribesThePdf() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/reports/summary.pdf'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/reports/summary.pdf'].get.parameters[*].name",
                        org.hamcrest.Matchers.hasItems("agencyId", "from", "to", "partnerAgencyId", "partnerCountry")))
                .andExpect(jsonPath("$.paths['/reports/summary.pdf'].get.responses['200'].content['application/pdf']").exists());
    }

    @Test
    void thePageShowsTheBreakdownsChartsAndDownloads() throws Exception {
        Summary summary = as(reporter, () -> summaries.summarise(new SummaryQuery(Long.valueOf(langSon), LocalDate.of(2018, 1, 1),
                LocalDate.of(2022, 3, 23), Long.valueOf(guangxi), null)));
        String page = mvc.perform(get("/reports/summary").param("agencyId", langSon).param("from", "01/01/2018").param("to", "23/03/2022")
                        .param("partnerAgencyId", guangxi).with(user(reporter)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Files.createDirectories(KEPT);
        Files.writeString(KEPT.resolve("page.html"), page); // to print with Chromium and look at

        String query = "agencyId=" + langSon + "&amp;from=2018-01-01&amp;to=2022-03-23&amp;partnerAgencyId=" + guangxi;
        assertThat(page).contains("id=\"download-pdf\"", "href=\"/reports/summary.pdf?" + query + "\"",
                "id=\"download-xlsx\"", "href=\"/reports/summary.xlsx?" + query + "\"", "Tải PDF", "Tải Excel");

        // The month table: 51 months, a subtotal per year, and a total equal to the sums of the figures.
        assertThat(count(page, "<tr id=\"by-month-\\d\\d-\\d{4}\"")).isEqualTo(51);
        assertThat(count(page, "<tr id=\"by-month-year-\\d{4}\"")).isEqualTo(5);
        long meetings = summary.meetings().values().stream().mapToLong(figure -> figure.current().longValueExact()).sum();
        long cases = summary.cases().values().stream().mapToLong(figure -> figure.cases().current().longValueExact()).sum();
        assertThat(cells(page, "by-month-total")).containsExactly("Tổng cộng", number(meetings), "0", number(cases),
                number(summary.byMonth().stream().mapToLong(month -> month.activity().persons()).sum()));
        assertThat(meetings).isGreaterThanOrEqualTo(3 + 51 + 950 + 1000);
        assertThat(cases).isGreaterThanOrEqualTo(336 + 51 + 6);

        // The partner table: Guangxi alone, with its Chinese name, and the same totals (one partner only).
        assertThat(cells(page, "by-partner-CN-GX-GAT")).containsExactly("Sở Công an Khu tự trị dân tộc Choang Quảng Tây 广西壮族自治区公安厅",
                number(meetings), "0", number(cases), cells(page, "by-month-total").get(4));

        // The charts: the trend by year (51 months) for each measure with activity, the split by partner.
        assertThat(page).contains("id=\"chart-trend-MEETINGS\"", "id=\"chart-trend-CASES\"", "id=\"chart-trend-PERSONS\"",
                "id=\"chart-partner-MEETINGS\"", "Diễn biến theo năm").doesNotContain("id=\"chart-trend-PATROLS\"");
        String trend = section(page, "chart-trend-CASES");
        assertThat(count(trend, "class=\"trend-bar\"")).isEqualTo(5);
        long cases2018 = summary.byMonth().stream().filter(month -> month.month().getYear() == 2018)
                .mapToLong(month -> month.activity().cases()).sum();
        assertThat(trend).contains(">" + number(cases2018) + "<", ">2018<", ">2022<", ">T1–T3<");
        assertThat(section(page, "chart-partner-CASES")).contains("style=\"width: 82.00%\"", ">" + number(cases) + "<");
        // The printed page: margin boxes with the agency, the period and "Trang X/Y".
        assertThat(page).contains("@bottom-center { content: \"Trang \" counter(page) \"/\" counter(pages);",
                "@top-left { content: \"Công an tỉnh Lạng Sơn\";");
    }

    private static byte[] keep(MvcResult result, String name) throws IOException {
        byte[] pdf = result.getResponse().getContentAsByteArray();
        Files.createDirectories(KEPT);
        Files.write(KEPT.resolve(name), pdf);
        return pdf;
    }

    private static String text(PDDocument document) throws IOException {
        // table cells wrap long names: join the lines again so a name reads as one string
        return new PDFTextStripper().getText(document).replace("\r", "").replace("\n", " ").replaceAll(" +", " ");
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    private static String number(long value) {
        return SummaryNumbers.format(java.math.BigDecimal.valueOf(value), java.util.Locale.forLanguageTag("vi"), false);
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The texts of the cells of the row with this id, tags removed. */
    private static List<String> cells(String page, String rowId) {
        Matcher row = Pattern.compile("<tr id=\"" + rowId + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("row " + rowId).isTrue();
        Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
        List<String> cells = new ArrayList<>();
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim());
        }
        return cells;
    }

    /** The element with this id up to its chart's table end. */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return page.substring(start, page.indexOf("</table>", start));
    }
}
