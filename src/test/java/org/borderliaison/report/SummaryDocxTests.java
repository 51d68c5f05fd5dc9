package org.borderliaison.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.shared.document.OfficialHeading;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The summary as a Word file (Lạng Sơn with Guangxi, 2018 – 23/3/2022), opened with Apache POI: the official header
 * and closing, the narrative as a paragraph, the figures as Word tables, A4 with the decree's margins, in Vietnamese
 * and English. The files are kept under target/summary-pdf.
 */
class SummaryDocxTests extends IntegrationTest {

    @Autowired
    Clock clock;

    SignedInUser reporter;

    @BeforeEach
    void reporter() {
        reporter = fixtures.account("sum-docx-reporter-ls", "VN-LS-CA", Role.REPORTER);
    }

    private MockHttpServletRequestBuilder langSon() {
        return get("/reports/summary.docx").param("agencyId", String.valueOf(fixtures.agency("VN-LS-CA").id())).param("from", "2018-01-01")
                .param("to", "2022-03-23").param("partnerAgencyId", String.valueOf(fixtures.agency("CN-GX-GAT").id()));
    }

    @Test
    void theWordFileCarriesTheOfficialHeaderTheNarrativeAndTheTables() throws Exception {
        byte[] file = mvc.perform(langSon().param("number", "12").param("signatoryName", "Nguyễn Văn An")
                        .param("confidentiality", "CONFIDENTIAL").with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"bao-cao-tong-hop-VN-LS-CA-2018-01-01-2022-03-23.docx\""))
                .andReturn().getResponse().getContentAsByteArray();
        keep(file, "lang-son-guangxi-vi.docx");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            XWPFTable header = document.getTables().get(0);
            assertThat(cellText(header.getRow(0), 0)).isEqualTo("BỘ CÔNG AN CÔNG AN TỈNH LẠNG SƠN ―――――― Số: 12/BC-CAT MẬT");
            assertThat(cellText(header.getRow(0), 1)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
                    + dateLine(Locale.forLanguageTag("vi")));
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("BÁO CÁO", "Tổng hợp kết quả hợp tác quốc tế", "Tóm tắt kết quả");
            assertThat(paragraphs).anyMatch(text -> text.startsWith("Đã tổ chức 03 đoàn công tác xuất cảnh, 51 cuộc hội đàm tại thực địa"))
                    .anyMatch(text -> text.contains("Kỳ báo cáo: từ 01/01/2018 đến 23/03/2022"))
                    .contains("Kỳ trước chưa có số liệu.");

            // The figure tables: head row, then only what either period has.
            List<String> rows = document.getTables().stream().flatMap(table -> table.getRows().stream()).map(SummaryDocxTests::rowText).toList();
            assertThat(rows).contains("Nội dung | Kỳ này", "Trao đổi thư, công hàm | 950", "Liên lạc qua đường dây nóng | 1.000",
                    "Ma túy: số vụ | 51", "Thu giữ Heroin (kg) | 168,55", "Xuất, nhập cảnh trái phép: số vụ | 336",
                    "Tiếp nhận từ phía bạn", "Công dân không được nước ngoài cho cư trú: số người, số lượng | 12.962",
                    "Cộng năm 2018 | 481 | 0 | 109 | 0", "Sở Công an Khu tự trị dân tộc Choang Quảng Tây 广西壮族自治区公安厅 | 2.004 | 0 | 487 | 15.261");
            assertThat(rows).noneMatch(row -> row.startsWith("Tuần tra song phương"));

            XWPFTable closing = document.getTables().get(document.getTables().size() - 1);
            assertThat(cellText(closing.getRow(0), 0)).isEqualTo("Nơi nhận: - Cục Đối ngoại (V02) - Bộ Công an; "
                    + "- Đồng chí Giám đốc Công an tỉnh; - Lưu: VT, PV01.");
            assertThat(cellText(closing.getRow(0), 1)).startsWith("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC").endsWith("Nguyễn Văn An");

            // A4, margins 20/15/20/30 mm (in twentieths of a point), Times New Roman.
            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(section.getPgMar().getLeft().toString()).isEqualTo("1701");
            assertThat(section.getPgMar().getRight().toString()).isEqualTo("850");
            assertThat(section.getPgMar().getTop().toString()).isEqualTo("1134");
            assertThat(document.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
            assertThat(document.getProperties().getCoreProperties().getCreator()).isEqualTo("Công an tỉnh Lạng Sơn");
        }
    }

    @Test
    void theEnglishWordFile() throws Exception {
        byte[] file = mvc.perform(langSon().param("lang", "en").with(user(reporter))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        keep(file, "lang-son-guangxi-en.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            XWPFTable header = document.getTables().get(0);
            assertThat(cellText(header.getRow(0), 0)).startsWith("MINISTRY OF PUBLIC SECURITY LANG SON PROVINCIAL POLICE").contains("No.:", "/BC-CAT")
                    .doesNotContain("MẬT");
            assertThat(cellText(header.getRow(0), 1)).isEqualTo("SOCIALIST REPUBLIC OF VIETNAM Independence - Freedom - Happiness "
                    + dateLine(Locale.ENGLISH));
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText)).contains("REPORT")
                    .anyMatch(text -> text.startsWith("Held 3 outgoing delegations, 51 field talks at the border"));
            assertThat(cellText(document.getTables().get(document.getTables().size() - 1).getRow(0), 0)).startsWith("Recipients: - ");
        }
    }

    private String dateLine(Locale locale) {
        return new OfficialHeading(null, "x", null, "BC", null, "Lạng Sơn", LocalDate.now(clock), "", null, null, null, null).dateLine(locale);
    }

    private static String cellText(XWPFTableRow row, int cell) {
        return row.getCell(cell).getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining(" "))
                .replace("\n", " ").replaceAll("\\s+", " ").strip();
    }

    private static String rowText(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText().strip()).filter(text -> !text.isEmpty())
                .collect(Collectors.joining(" | "));
    }

    private static void keep(byte[] file, String name) throws Exception {
        Path kept = Path.of("target", "summary-pdf");
        Files.createDirectories(kept);
        Files.write(kept.resolve(name), file);
    }
}
