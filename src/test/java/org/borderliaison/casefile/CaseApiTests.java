package org.borderliaison.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.borderliaison.agency.Agencies;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The case API: create, read, versioned update with dated status steps, the refusals (bad input 400, broken rules
 * 422 naming the field, stale 409, scope 404/403) and the totals. Test cases are opened in 2023 or later so that
 * the demo figures of 2018 – March 2022 stay exact.
 */
class CaseApiTests extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser langSonOfficer;
    SignedInUser laoCaiOfficer;
    SignedInUser langSonReporter;
    SignedInUser admin;
    long langSon;
    long vanLang;
    long guangxi;
    long laoCai;

    @BeforeEach
    void accounts() {
        langSonOfficer = fixtures.account("case-api-officer-ls", "VN-LS-CA", Role.OFFICER);
        laoCaiOfficer = fixtures.account("case-api-officer-lc", "VN-LC-CA", Role.OFFICER);
        langSonReporter = fixtures.account("case-api-reporter-ls", "VN-LS-CA", Role.REPORTER);
        admin = fixtures.account("case-api-admin", "VN-BCA", Role.ADMIN);
        langSon = fixtures.agency("VN-LS-CA").id();
        guangxi = fixtures.agency("CN-GX-GAT").id();
        laoCai = fixtures.agency("VN-LC-CA").id();
        vanLang = langSon + 1;
    }

    static String reference() {
        return "T-API-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
    }

    static String caseJson(String reference, long lead, long partner, String opened, String seizures) {
        return """
                {"category":"DRUGS","ourReference":"%s","partnerReference":"GX-T-1","openedOn":"%s","status":"INFORMATION_EXCHANGED",
                 "leadAgencyId":%d,"partners":[{"agencyId":%d}],"subjects":3,"victims":0,"summary":"Vụ thử nghiệm ma túy",
                 "seizures":[%s]}""".formatted(reference, opened, lead, partner, seizures);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    long create(SignedInUser who, String body) throws Exception {
        String location = mvc.perform(json(post("/api/v1/cases"), body).with(user(who)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /**
     * The partner links carry the case's opening date (the case list reads a partner's cases in date order from them):
     * equal on creation, and after an edit that moves the date but keeps the partners (their rows stay).
     */
    @Test
    void thePartnerLinksKeepTheCasesOpeningDate() throws Exception {
        String reference = reference();
        long id = create(langSonOfficer, caseJson(reference, langSon, guangxi, "2025-01-14", ""));
        assertThat(partnerLinkDates(id)).containsExactly(java.sql.Date.valueOf("2025-01-14"));

        mvc.perform(json(put("/api/v1/cases/{id}", id), "{\"version\":0," + caseJson(reference, langSon, guangxi, "2025-01-05", "")
                        .substring(1)).with(user(langSonOfficer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openedOn").value("2025-01-05"));
        assertThat(partnerLinkDates(id)).containsExactly(java.sql.Date.valueOf("2025-01-05"));
        // The history's link rows carry a date too (the column is in the history table since V107).
        assertThat(jdbc.queryForList("select opened_on from case_file_partner_aud where case_file_id = ?", java.sql.Date.class, id))
                .isNotEmpty().doesNotContainNull();

        mvc.perform(get("/api/v1/cases").param("partnerAgencyId", String.valueOf(guangxi)).param("openedFrom", "2025-01-05")
                        .param("openedTo", "2025-01-05").with(user(langSonOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].ourReference").value(hasItem(reference)));
    }

    private java.util.List<java.sql.Date> partnerLinkDates(long id) {
        return jdbc.queryForList("select opened_on from case_file_partner where case_file_id = ?", java.sql.Date.class, id);
    }

    @Test
    void recordsACaseWithExactSeizuresAndConvertsGramsToKilograms() throws Exception {
        String reference = reference();
        mvc.perform(json(post("/api/v1/cases"), caseJson(reference, vanLang, guangxi, "2025-03-02",
                        "{\"item\":\"HEROIN\",\"quantity\":168.55,\"unit\":\"KG\"},"
                                + "{\"item\":\"HEROIN\",\"quantity\":350,\"unit\":\"G\",\"description\":\"1 bánh\"},"
                                + "{\"item\":\"SYNTHETIC_DRUG_PILLS\",\"quantity\":476509,\"unit\":\"PILL\"}"))
                        .with(httpBasic("case-api-officer-ls", Fixtures.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/cases/")))
                .andExpect(jsonPath("$.ourReference").value(reference))
                .andExpect(jsonPath("$.leadAgency.id").value(vanLang))
                .andExpect(jsonPath("$.partners[0].code").value("CN-GX-GAT"))
                .andExpect(jsonPath("$.partners[0].country").value("CN"))
                .andExpect(jsonPath("$.seizures[0].quantity").value(168.55))
                .andExpect(jsonPath("$.seizures[0].canonicalQuantity").value(168.55))
                .andExpect(jsonPath("$.seizures[1].quantity").value(350))
                .andExpect(jsonPath("$.seizures[1].unit").value("G"))
                .andExpect(jsonPath("$.seizures[1].canonicalQuantity").value(0.35))
                .andExpect(jsonPath("$.seizures[1].canonicalUnit").value("KG"))
                .andExpect(jsonPath("$.seizures[2].canonicalQuantity").value(476509))
                .andExpect(jsonPath("$.statusHistory.length()").value(1))
                .andExpect(jsonPath("$.statusHistory[0].changedOn").value("2025-03-02"))
                .andExpect(jsonPath("$.createdBy").value("case-api-officer-ls"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void aStatusChangeAddsADatedStepAndAStaleVersionIsRefusedWith409() throws Exception {
        String reference = reference();
        long id = create(langSonOfficer, caseJson(reference, langSon, guangxi, "2025-01-10", ""));
        String update = "{\"version\":0," + caseJson(reference, langSon, guangxi, "2025-01-10",
                "{\"item\":\"CRYSTAL_METHAMPHETAMINE\",\"quantity\":2.5,\"unit\":\"KG\"}").substring(1)
                .replace("\"status\":\"INFORMATION_EXCHANGED\"", "\"status\":\"ARRESTED_OR_SOLVED\",\"statusDate\":\"2025-02-20\","
                        + "\"statusNote\":\"Bắt 3 đối tượng\"");
        mvc.perform(json(put("/api/v1/cases/{id}", id), update).with(user(langSonOfficer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARRESTED_OR_SOLVED"))
                .andExpect(jsonPath("$.statusSince").value("2025-02-20"))
                .andExpect(jsonPath("$.statusHistory.length()").value(2))
                .andExpect(jsonPath("$.statusHistory[0].status").value("INFORMATION_EXCHANGED"))
                .andExpect(jsonPath("$.statusHistory[1].note").value("Bắt 3 đối tượng"))
                .andExpect(jsonPath("$.seizures[0].item").value("CRYSTAL_METHAMPHETAMINE"))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(json(put("/api/v1/cases/{id}", id), update.replace("\"subjects\":3", "\"subjects\":9"))
                        .with(user(langSonOfficer)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/stale-version"));
        mvc.perform(get("/api/v1/cases/{id}", id).with(user(langSonOfficer)))
                .andExpect(jsonPath("$.subjects").value(3));

        mvc.perform(get("/api/v1/cases/{id}/history", id).with(user(langSonOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].kind").value("CHANGED"))
                .andExpect(jsonPath("$[0].author").value("case-api-officer-ls"))
                .andExpect(jsonPath("$[0].changes[*].field", hasItem("status")))
                .andExpect(jsonPath("$[0].changes[*].field", hasItem("seizures")))
                .andExpect(jsonPath("$[1].kind").value("CREATED"));
    }

    @Test
    void refusesANegativeQuantityAndAUnitNotAllowedForTheItemAndSavesNothing() throws Exception {
        String reference = reference();
        mvc.perform(json(post("/api/v1/cases"), caseJson(reference, langSon, guangxi, "2025-01-11",
                        "{\"item\":\"HEROIN\",\"quantity\":1,\"unit\":\"KG\"},{\"item\":\"HEROIN\",\"quantity\":-2.5,\"unit\":\"KG\"}"))
                        .with(user(langSonOfficer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/business-rule"))
                .andExpect(jsonPath("$.fieldErrors[0].field").value("seizures[1].quantity"))
                .andExpect(jsonPath("$.fieldErrors[0].message").value("Số lượng không được là số âm."));
        mvc.perform(json(post("/api/v1/cases").param("lang", "en"), caseJson(reference, langSon, guangxi, "2025-01-11",
                        "{\"item\":\"HEROIN\",\"quantity\":40,\"unit\":\"PILL\"}"))
                        .with(user(langSonOfficer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("seizures[0].unit"))
                .andExpect(jsonPath("$.fieldErrors[0].message").value("Heroin is not recorded in pills; choose a unit that fits the item."));
        mvc.perform(json(post("/api/v1/cases"), caseJson(reference, langSon, guangxi, "2025-01-11",
                        "{\"item\":\"SYNTHETIC_DRUG_PILLS\",\"quantity\":10.5,\"unit\":\"PILL\"}"))
                        .with(user(langSonOfficer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("seizures[0].quantity"))
                .andExpect(jsonPath("$.fieldErrors[0].message").value("Đơn vị này chỉ nhận số nguyên."));
        mvc.perform(get("/api/v1/cases").param("q", reference).with(user(admin)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void answersBadInputWithFieldErrors() throws Exception {
        mvc.perform(json(post("/api/v1/cases"), "{\"ourReference\":\"\",\"subjects\":-1,\"seizures\":[{\"item\":\"HEROIN\"}]}")
                        .with(user(langSonOfficer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/validation"))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("category")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("ourReference")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("subjects")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("leadAgencyId")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("seizures[0].quantity")))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("seizures[0].unit")));
        mvc.perform(json(put("/api/v1/cases/{id}", 1), caseJson(reference(), langSon, guangxi, "2025-01-11", ""))
                        .with(user(langSonOfficer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("version")));
        mvc.perform(json(post("/api/v1/cases"), "{\"category\":\"ARSON\"}").with(user(langSonOfficer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/unreadable"));
    }

    @Test
    void refusesAgenciesOnTheWrongSideAndStatusDatesOutOfOrder() throws Exception {
        mvc.perform(json(post("/api/v1/cases"), caseJson(reference(), langSon, laoCai, "2025-01-12", ""))
                        .with(user(langSonOfficer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("partners[0].agencyId"));
        mvc.perform(json(post("/api/v1/cases"), caseJson(reference(), guangxi, guangxi, "2025-01-12", ""))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("leadAgencyId"));
        mvc.perform(json(post("/api/v1/cases"), caseJson(reference(), langSon, guangxi, "2025-01-12", "")
                                .replace("\"status\":", "\"statusDate\":\"2025-01-01\",\"status\":"))
                        .with(user(langSonOfficer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("statusDate"));

        String reference = reference();
        long id = create(langSonOfficer, caseJson(reference, langSon, guangxi, "2025-01-12", "")
                .replace("\"status\":\"INFORMATION_EXCHANGED\"", "\"status\":\"VERIFYING\",\"statusDate\":\"2025-01-20\""));
        String backwards = "{\"version\":0," + caseJson(reference, langSon, guangxi, "2025-01-12", "").substring(1)
                .replace("\"status\":\"INFORMATION_EXCHANGED\"", "\"status\":\"INVESTIGATING\",\"statusDate\":\"2025-01-15\"");
        mvc.perform(json(put("/api/v1/cases/{id}", id), backwards).with(user(langSonOfficer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("statusDate"))
                .andExpect(jsonPath("$.detail", containsString("20/01/2025")));
        mvc.perform(json(post("/api/v1/cases"), caseJson(reference, langSon, guangxi, "2025-01-12", ""))
                        .with(user(langSonOfficer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("ourReference"));
    }

    @Test
    void scopeDecidesWhoSeesAndWhoWrites() throws Exception {
        String reference = reference();
        long id = create(langSonOfficer, caseJson(reference, vanLang, guangxi, "2025-01-13", ""));

        mvc.perform(get("/api/v1/cases/{id}", id).with(user(laoCaiOfficer))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/{id}/history", id).with(user(laoCaiOfficer))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases").param("q", reference).with(user(laoCaiOfficer)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/cases").param("leadAgencyId", String.valueOf(langSon)).param("size", "200").with(user(laoCaiOfficer)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(json(put("/api/v1/cases/{id}", id), "{\"version\":0," + caseJson(reference, laoCai, guangxi, "2025-01-13", "").substring(1))
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/cases"), caseJson(reference(), langSon, guangxi, "2025-01-13", ""))
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("leadAgencyId"));

        mvc.perform(get("/api/v1/cases").param("q", reference).with(user(langSonReporter)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].leadAgency.code").value("VN-LS-CA-VL"));
        mvc.perform(json(post("/api/v1/cases"), caseJson(reference(), langSon, guangxi, "2025-01-13", ""))
                        .with(user(langSonReporter)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases").param("q", reference).with(user(admin)))
                .andExpect(jsonPath("$.content[0].id").value(id));
        mvc.perform(get("/api/v1/cases/{id}", 987654).with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases")).andExpect(status().isUnauthorized());
    }

    @Test
    void filtersSortsAndPagesInTheDatabase() throws Exception {
        mvc.perform(get("/api/v1/cases").param("category", "COUNTERFEIT_CURRENCY").param("sort", "openedOn,asc")
                        .param("openedTo", "2022-03-23").with(user(langSonOfficer)))
                .andExpect(jsonPath("$.totalElements").value(6))
                .andExpect(jsonPath("$.content[0].ourReference", containsString("LS-TG-")))
                .andExpect(jsonPath("$.content[0].openedOn").value(not("2022-03-23")));
        mvc.perform(get("/api/v1/cases").param("category", "ILLEGAL_ENTRY_EXIT").param("openedTo", "2022-03-23")
                        .param("leadAgencyId", String.valueOf(langSon)).param("size", "50").param("page", "6").with(user(langSonOfficer)))
                .andExpect(jsonPath("$.totalElements").value(336))
                .andExpect(jsonPath("$.totalPages").value(7))
                .andExpect(jsonPath("$.content.length()").value(36));
        mvc.perform(get("/api/v1/cases").param("partnerCountry", "LA").with(user(langSonOfficer)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/cases").param("q", "tien gia").param("openedTo", "2022-03-23").with(user(langSonOfficer)))
                .andExpect(jsonPath("$.totalElements").value(6));
        mvc.perform(get("/api/v1/cases").param("size", "500").with(user(langSonOfficer)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void totalsAddGramsToKilogramsExactlyWithinTheCallersScope() throws Exception {
        // February 2023 is used by this test only; the figures are compared before and after, so that a rerun on
        // a kept database still holds.
        CaseTotals before = februaryTotals();
        create(langSonOfficer, caseJson(reference(), langSon, guangxi, "2023-02-03",
                "{\"item\":\"HEROIN\",\"quantity\":0.5,\"unit\":\"KG\"},{\"item\":\"HEROIN\",\"quantity\":750,\"unit\":\"G\"},"
                        + "{\"item\":\"SYNTHETIC_DRUGS\",\"quantity\":0.001,\"unit\":\"G\"}"));
        create(langSonOfficer, caseJson(reference(), vanLang, guangxi, "2023-02-14",
                "{\"item\":\"HEROIN\",\"quantity\":1.255,\"unit\":\"KG\"}"));
        CaseTotals after = februaryTotals();
        assertThat(after.category(CaseCategory.DRUGS).orElseThrow().cases() - cases(before)).isEqualTo(2);
        assertThat(after.seized(SeizureItem.HEROIN, SeizureUnit.KG).subtract(before.seized(SeizureItem.HEROIN, SeizureUnit.KG)))
                .isEqualByComparingTo("2.505");
        assertThat(after.seized(SeizureItem.SYNTHETIC_DRUGS, SeizureUnit.KG).subtract(before.seized(SeizureItem.SYNTHETIC_DRUGS, SeizureUnit.KG)))
                .isEqualByComparingTo("0.000001");

        mvc.perform(get("/api/v1/cases/totals").param("ourAgencyId", String.valueOf(langSon))
                        .param("from", "2023-02-01").param("to", "2023-02-28").with(user(langSonReporter)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[?(@.category == 'DRUGS')].cases").value(hasItem((int) cases(after))))
                .andExpect(jsonPath("$.seizures[?(@.item == 'HEROIN')].unit").value(hasItem("KG")))
                .andExpect(jsonPath("$.seizures[?(@.item == 'HEROIN')].category").value(hasItem("DRUGS")));
        mvc.perform(get("/api/v1/cases/totals").param("ourAgencyId", String.valueOf(langSon))
                        .param("from", "2023-02-01").param("to", "2023-02-28").with(user(laoCaiOfficer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("ourAgencyId"));
        mvc.perform(get("/api/v1/cases/totals").param("ourAgencyId", String.valueOf(langSon))
                        .param("from", "2023-02-28").param("to", "2023-02-01").with(user(langSonReporter)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("to"));
        String body = mvc.perform(get("/api/v1/cases/totals").param("ourAgencyId", String.valueOf(langSon))
                        .param("from", "2018-01-01").param("to", "2022-03-23").param("partnerAgencyId", String.valueOf(guangxi))
                        .with(user(langSonReporter)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"quantity\":168.55").contains("\"quantity\":456.865").contains("\"quantity\":476509")
                .contains("\"quantity\":567800000");
    }

    CaseTotals februaryTotals() {
        java.util.Set<Long> ours = fixtures.asSystemAdmin(() -> agencies.subTreeIds(langSon));
        return caseFiles.totals(new CaseTotalsQuery(ours, java.time.LocalDate.of(2023, 2, 1), java.time.LocalDate.of(2023, 2, 28), null, null));
    }

    static long cases(CaseTotals totals) {
        return totals.category(CaseCategory.DRUGS).map(CaseTotals.CategoryTotal::cases).orElse(0L);
    }
}
