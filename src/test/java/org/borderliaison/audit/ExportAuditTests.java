package org.borderliaison.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.borderliaison.agreement.AgreementBuilder;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every download writes one EXPORT event to the access log, by the one who downloaded, from their address, naming
 * the document and its parameters (which record, agency, period, partner); a refused download writes none.
 */
class ExportAuditTests extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    /** Demo handover of Lạng Sơn (2,266 Chinese citizens handed back, 23/3/2022). */
    private static final long LANG_SON_HANDOVER = 500;

    @Autowired
    AccessLog accessLog;

    @Autowired
    AgreementService agreements;

    @Autowired
    JsonMapper json;

    @Test
    void theSummaryPdfRecordsItsAgencyPeriodPartnerAndLanguage() throws Exception {
        SignedInUser reporter = reporter("VN-LS-CA");
        mvc.perform(get("/reports/summary.pdf").with(user(reporter)).with(from("10.1.2.3"))
                        .param("agencyId", id("VN-LS-CA")).param("from", "2018-01-01").param("to", "2022-03-23")
                        .param("partnerAgencyId", id("CN-GX-GAT")).param("lang", "en"))
                .andExpect(status().isOk());

        AccessLogEntry export = onlyExportOf(reporter);
        assertThat(export.getSubject()).isEqualTo("summary-pdf");
        assertThat(export.getParameters()).containsExactly(
                Map.entry("agency", "VN-LS-CA"), Map.entry("from", "2018-01-01"), Map.entry("to", "2022-03-23"),
                Map.entry("partnerAgency", "CN-GX-GAT"), Map.entry("language", "en"),
                Map.entry("file", "bao-cao-tong-hop-VN-LS-CA-2018-01-01-2022-03-23.pdf"));
        assertThat(export.getRemoteAddr()).isEqualTo("10.1.2.3");
    }

    @Test
    void theSummaryWorkbookRecordsItsPartnerCountry() throws Exception {
        SignedInUser reporter = reporter("VN-LC-CA");
        mvc.perform(get("/reports/summary.xlsx").with(user(reporter)).with(from("0:0:0:0:0:0:0:1"))
                        .param("agencyId", id("VN-LC-CA")).param("from", "2024-01-01").param("to", "2024-12-31")
                        .param("partnerCountry", "CN"))
                .andExpect(status().isOk());

        AccessLogEntry export = onlyExportOf(reporter);
        assertThat(export.getSubject()).isEqualTo("summary-xlsx");
        assertThat(export.getParameters()).containsExactly(
                Map.entry("agency", "VN-LC-CA"), Map.entry("from", "2024-01-01"), Map.entry("to", "2024-12-31"),
                Map.entry("partnerCountry", "CN"), Map.entry("language", "vi"),
                Map.entry("file", "bao-cao-tong-hop-VN-LC-CA-2024-01-01-2024-12-31.xlsx"));
        assertThat(export.getRemoteAddr()).as("stored in its readable form").isEqualTo("::1");
    }

    @Test
    void aRefusedSummaryDownloadRecordsNothing() throws Exception {
        SignedInUser reporter = reporter("VN-LC-CA");
        mvc.perform(get("/reports/summary.pdf").with(user(reporter)).param("agencyId", id("VN-LS-CA")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/reports/summary.xlsx").with(user(reporter)).param("agencyId", id("VN-LS-CA")))
                .andExpect(status().isUnprocessableContent());
        assertThat(exportsOf(reporter)).isEmpty();
    }

    @Test
    void theHandoverRecordPdfRecordsTheHandover() throws Exception {
        SignedInUser officer = fixtures.account("export-officer-ls", "VN-LS-CA", Role.OFFICER);
        int before = exportsOf(officer).size();
        mvc.perform(get("/handovers/{id}/record.pdf", LANG_SON_HANDOVER).with(user(officer)))
                .andExpect(status().isOk());

        List<AccessLogEntry> exports = exportsOf(officer);
        assertThat(exports).hasSize(before + 1);
        assertThat(exports.get(0).getSubject()).isEqualTo("handover-record-pdf");
        assertThat(exports.get(0).getParameters()).containsExactly(
                Map.entry("handover", "500"), Map.entry("date", "2022-03-23"), Map.entry("persons", "0"),
                Map.entry("file", "bien-ban-ban-giao-500.pdf"));

        // The printable page is a view, not a download; a record outside the scope is not found and not logged.
        mvc.perform(get("/handovers/{id}/record", LANG_SON_HANDOVER).with(user(officer))).andExpect(status().isOk());
        SignedInUser laoCai = fixtures.account("export-officer-lc-outside", "VN-LC-CA", Role.OFFICER);
        mvc.perform(get("/handovers/{id}/record.pdf", LANG_SON_HANDOVER).with(user(laoCai))).andExpect(status().isNotFound());
        assertThat(exportsOf(officer)).hasSize(before + 1);
        assertThat(exportsOf(laoCai)).isEmpty();
    }

    @Test
    void aConfidentialityMarkChosenAtPrintTimeIsStampedOnTheRecordAndLogged() throws Exception {
        SignedInUser officer = fixtures.account("export-officer-ls-mark", "VN-LS-CA", Role.OFFICER);
        String page = mvc.perform(get("/handovers/{id}/record", LANG_SON_HANDOVER).param("confidentiality", "SECRET").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".official-mark").text()).isEqualTo("TỐI MẬT");
        assertThat(Jsoup.parse(page).getElementById("record-pdf").attr("href")).contains("confidentiality=SECRET");

        byte[] pdf = mvc.perform(get("/handovers/{id}/record.pdf", LANG_SON_HANDOVER).param("confidentiality", "SECRET")
                        .with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("TỐI MẬT", "Số: ");
        }
        assertThat(exportsOf(officer).get(0).getParameters()).containsEntry("confidentiality", "TỐI MẬT");
        mvc.perform(get("/handovers/{id}/record.pdf", LANG_SON_HANDOVER).param("confidentiality", "VERY").with(user(officer)))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void anAttachmentDownloadedFromThePageOrTheApiRecordsTheAgreementAndTheFile() throws Exception {
        SignedInUser officer = fixtures.account("export-officer-lc", "VN-LC-CA", Role.OFFICER);
        SignedInUser viewer = fixtures.account("export-viewer-lc-" + UUID.randomUUID().toString().substring(0, 8), "VN-LC-CA", Role.VIEWER);
        long laoCai = fixtures.agency("VN-LC-CA").id();
        long hekou = fixtures.agency("CN-HK-GAJ").id();
        long agreement = fixtures.asSystemAdmin(() -> agreements.create(AgreementBuilder.aMemorandum().between(laoCai, hekou).command()));
        String body = mvc.perform(multipart("/api/v1/agreements/{id}/attachments", agreement)
                        .file(new MockMultipartFile("file", "Biên bản.pdf", "application/pdf", PDF)).with(user(officer)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long attachment = json.readTree(body).get("id").asLong();

        mvc.perform(get("/api/v1/agreements/{id}/attachments/{file}", agreement, attachment).with(user(viewer))).andExpect(status().isOk());
        mvc.perform(get("/agreements/{id}/attachments/{file}", agreement, attachment).with(user(viewer))).andExpect(status().isOk());

        List<AccessLogEntry> exports = exportsOf(viewer);
        assertThat(exports).hasSize(2).allSatisfy(export -> {
            assertThat(export.getSubject()).isEqualTo("agreement-attachment");
            assertThat(export.getParameters()).containsExactly(Map.entry("agreement", String.valueOf(agreement)),
                    Map.entry("attachment", String.valueOf(attachment)), Map.entry("file", "Biên bản.pdf"));
        });
    }

    private SignedInUser reporter(String agencyCode) {
        return fixtures.account("export-reporter-" + UUID.randomUUID().toString().substring(0, 8), agencyCode, Role.REPORTER);
    }

    private String id(String agencyCode) {
        return String.valueOf(fixtures.agency(agencyCode).id());
    }

    private AccessLogEntry onlyExportOf(SignedInUser user) {
        List<AccessLogEntry> exports = exportsOf(user);
        assertThat(exports).hasSize(1);
        return exports.get(0);
    }

    private List<AccessLogEntry> exportsOf(SignedInUser user) {
        return accessLog.search(new AccessLogFilter(user.getUsername(), AccessEvent.EXPORT, null, null), PageRequest.of(0, 100)).getContent();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
