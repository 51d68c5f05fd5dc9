package org.borderliaison.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.domain.AgencyDetails;
import org.borderliaison.agency.domain.AgencyNames;
import org.borderliaison.agency.domain.AgencyReorganisation;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.domain.PatrolDetails;
import org.borderliaison.patrol.domain.PatrolService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Printed documents of a past period name the agencies as they were called then, today's name beside: a province
 * and a Chinese partner both renamed with an effective date in the past (1 January 2025), after a 2024 patrol.
 */
class PastNamesInDocumentsTests extends IntegrationTest {

    @Autowired
    AgencyService agencyService;

    @Autowired
    AgencyReorganisation reorganisation;

    @Autowired
    PatrolService patrols;

    SignedInUser reporter;
    long province;
    long partner;
    String oldName;
    String newName;
    String oldPartner;
    String newPartner;

    @BeforeEach
    void renamedAfterA2024Patrol() {
        reporter = fixtures.account("past-names-reporter", "VN-BCA", Role.REPORTER);
        String code = "PN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        oldName = "Công an tỉnh Thử Cũ " + code;
        newName = "Công an tỉnh Thử Mới " + code;
        oldPartner = "Cục Công an huyện Thử Cũ " + code;
        newPartner = "Cục Công an huyện Thử Mới " + code;
        province = fixtures.asSystemAdmin(() -> agencyService.create(Country.VN, fixtures.agency("VN-BCA").id(), new AgencyDetails(code,
                AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL, oldName, "Old Test Provincial Police " + code, null,
                LocalDate.of(2020, 1, 1))).getId());
        partner = fixtures.asSystemAdmin(() -> agencyService.create(Country.CN, fixtures.agency("CN-GX-GAT").id(), new AgencyDetails(
                code + "-CN", AgencyKind.COUNTY_BUREAU, AgencyLevel.DISTRICT, oldPartner, "Old Test County Bureau " + code, null,
                LocalDate.of(2020, 1, 1))).getId());
        fixtures.asSystemAdmin(() -> patrols.create(new PatrolDetails(PatrolKind.BILATERAL, LocalDate.of(2024, 5, 10), null, null,
                province, partner, "1200", null, null, 10, 9, "Tuần tra thử nghiệm tên cũ")));
        rename(province, new AgencyNames(code, newName, "New Test Provincial Police " + code, null));
        rename(partner, new AgencyNames(code + "-CN", newPartner, "New Test County Bureau " + code, null));
    }

    @Test
    void theApiGivesThePeriodsNamesAndTodaysBeside() throws Exception {
        mvc.perform(summary2024("/api/v1/reports/summary"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agency.nameVi").value(oldName))
                .andExpect(jsonPath("$.agency.todayNameVi").value(newName))
                .andExpect(jsonPath("$.partnerAgency.nameVi").value(oldPartner))
                .andExpect(jsonPath("$.partnerAgency.todayNameVi").value(newPartner))
                .andExpect(jsonPath("$.byPartner[0].partner.nameVi").value(oldPartner));
        // a period after the rename: today's names alone
        mvc.perform(get("/api/v1/reports/summary").param("agencyId", String.valueOf(province)).param("from", "2025-01-01")
                        .param("to", "2025-12-31").with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agency.nameVi").value(newName))
                .andExpect(jsonPath("$.agency.todayNameVi").doesNotExist());
    }

    @Test
    void thePagePdfWordAndExcelNameTheAgenciesOfThePeriodWithTodaysBeside() throws Exception {
        String issuer = oldName + " (nay là " + newName + ")";
        String partnerNamed = oldPartner + " (nay là " + newPartner + ")";
        mvc.perform(summary2024("/reports/summary"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(issuer.toUpperCase(java.util.Locale.forLanguageTag("vi")))))
                .andExpect(content().string(containsString("Phía bạn: " + partnerNamed)));

        byte[] pdf = mvc.perform(summary2024("/reports/summary.pdf")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace("\r", "").replace("\n", " ").replaceAll(" +", " ");
            assertThat(text).contains("Phía bạn: " + partnerNamed, oldPartner + " (nay là");
        }

        byte[] docx = mvc.perform(summary2024("/reports/summary.docx")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("Phía bạn: " + partnerNamed);
        }

        byte[] xlsx = mvc.perform(summary2024("/reports/summary.xlsx")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> figures = workbook.getSheet(0).orElseThrow().read().stream().map(row -> row.getCellText(0)).toList();
            assertThat(figures).anyMatch(cell -> cell.contains(issuer)).anyMatch(cell -> cell.contains(partnerNamed));
            List<Row> byPartner = workbook.getSheet(2).orElseThrow().read();
            assertThat(byPartner.get(1).getCellText(0)).isEqualTo(partnerNamed);
        }
    }

    private MockHttpServletRequestBuilder summary2024(String path) {
        return get(path).param("agencyId", String.valueOf(province)).param("from", "2024-01-01").param("to", "2024-12-31")
                .param("partnerAgencyId", String.valueOf(partner)).with(user(reporter));
    }

    private void rename(long id, AgencyNames names) {
        fixtures.asSystemAdmin(() -> reorganisation.rename(id, fixtures.asSystemAdmin(() -> agencyService.get(id)).getVersion(),
                names, LocalDate.of(2025, 1, 1)));
    }
}
