package org.borderliaison.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderliaison.casefile.domain.CaseFile;
import org.borderliaison.casefile.domain.CaseFileService;
import org.borderliaison.casefile.domain.CaseFilter;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.AddAnotherCheck;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The case pages: list, detail, the form with its rows, refusals shown next to the fields, scope and roles. */
class CasePagesTests extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    CaseFileService service;

    SignedInUser officer;
    SignedInUser laoCaiOfficer;
    SignedInUser reporter;
    long langSon;
    long guangxi;

    @BeforeEach
    void accounts() {
        officer = fixtures.account("case-pages-officer-ls", "VN-LS-CA", Role.OFFICER);
        laoCaiOfficer = fixtures.account("case-pages-officer-lc", "VN-LC-CA", Role.OFFICER);
        reporter = fixtures.account("case-pages-reporter-ls", "VN-LS-CA", Role.REPORTER);
        langSon = fixtures.agency("VN-LS-CA").id();
        guangxi = fixtures.agency("CN-GX-GAT").id();
    }

    static String reference() {
        return "T-PG-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
    }

    /**
     * A filled form as the browser posts it, opened in 2025 (outside the demo period); {@code changes} are
     * name/value pairs that replace or add fields (an empty value clears one).
     */
    MockHttpServletRequestBuilder filledForm(String url, String reference, String... changes) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("category", "DRUGS");
        fields.put("ourReference", reference);
        fields.put("partnerReference", "GX-PG-1");
        fields.put("openedOn", "05/03/2025");
        fields.put("status", "INFORMATION_EXCHANGED");
        fields.put("leadAgencyId", String.valueOf(langSon));
        fields.put("partners[0].agencyId", String.valueOf(guangxi));
        fields.put("subjects", "4");
        fields.put("victims", "0");
        fields.put("summary", "Vận chuyển heroin qua đường mòn");
        fields.put("seizures[0].item", "HEROIN");
        fields.put("seizures[0].quantity", "168,55");
        fields.put("seizures[0].unit", "KG");
        fields.put("seizures[1].item", "HEROIN");
        fields.put("seizures[1].quantity", "350");
        fields.put("seizures[1].unit", "G");
        fields.put("seizures[1].description", "1 bánh");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(user(officer)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    CaseFile find(String reference) {
        return fixtures.asSystemAdmin(() -> service.search(new CaseFilter(reference, null, null, null, null, null, null, null),
                PageRequest.of(0, 5)).getContent().stream().findFirst().map(c -> service.get(c.getId())).orElse(null));
    }

    @Test
    void listsTheDemoCasesWithFiltersAndPaging() throws Exception {
        mvc.perform(get("/cases").with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"cases\"")))
                .andExpect(content().string(containsString("Công an tỉnh Lạng Sơn")))
                .andExpect(content().string(not(containsString("id=\"new-case\""))));
        mvc.perform(get("/cases").param("category", "COUNTERFEIT_CURRENCY").param("openedTo", "23/03/2022").with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("page", org.hamcrest.Matchers.hasProperty("totalElements", org.hamcrest.Matchers.is(6L))))
                .andExpect(content().string(containsString("LS-TG-")))
                .andExpect(content().string(not(containsString("LS-XNC-"))));
        mvc.perform(get("/cases").param("category", "ILLEGAL_ENTRY_EXIT").param("openedTo", "23/03/2022").param("page", "16")
                        .with(user(reporter)))
                .andExpect(model().attribute("page", org.hamcrest.Matchers.hasProperty("totalElements", org.hamcrest.Matchers.is(336L))))
                .andExpect(content().string(containsString("Trang 17/17 · 336")));
        mvc.perform(get("/cases").param("openedFrom", "31/02/2020").with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("params", "openedFrom"));
        mvc.perform(get("/cases").with(user(laoCaiOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("LS-XNC-"))));
    }

    @Test
    void saveAndAddAnotherSavesTheCaseAndOpensAnEmptyForm() throws Exception {
        String reference = reference();
        AddAnotherCheck.Saved saved = AddAnotherCheck.saveAndAddAnother(mvc, filledForm("/cases/new", reference), "/cases", officer);
        assertThat(find(reference).getId()).isEqualTo(saved.id());
        assertThat(saved.newForm()).doesNotContain(reference);
        AddAnotherCheck.notOnTheEditForm(mvc, "/cases/" + saved.id() + "/edit", officer);
    }

    @Test
    void copyAsANewRecordKeepsTheCaseButNotItsReferencesCountsOrSeizures() throws Exception {
        String reference = reference();
        mvc.perform(filledForm("/cases/new", reference)).andExpect(status().is3xxRedirection());
        long id = find(reference).getId();
        mvc.perform(get("/cases/{id}", id).with(user(officer)))
                .andExpect(content().string(containsString("href=\"/cases/new?copyOf=" + id + "\"")));
        mvc.perform(get("/cases/{id}", id).with(user(reporter)))
                .andExpect(content().string(not(containsString("copyOf="))));
        mvc.perform(get("/cases/new").param("copyOf", String.valueOf(id)).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/cases/new\"")))
                .andExpect(model().attribute("form", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.hasProperty("category", org.hamcrest.Matchers.is(CaseCategory.DRUGS)),
                        org.hamcrest.Matchers.hasProperty("leadAgencyId", org.hamcrest.Matchers.is(langSon)),
                        org.hamcrest.Matchers.hasProperty("version", org.hamcrest.Matchers.nullValue()),
                        org.hamcrest.Matchers.hasProperty("ourReference", org.hamcrest.Matchers.nullValue()),
                        org.hamcrest.Matchers.hasProperty("subjects", org.hamcrest.Matchers.is(0)),
                        org.hamcrest.Matchers.hasProperty("summary", org.hamcrest.Matchers.is("Vận chuyển heroin qua đường mòn")),
                        org.hamcrest.Matchers.hasProperty("seizures", org.hamcrest.Matchers.empty()))))
                .andExpect(content().string(not(containsString(reference))))
                .andExpect(content().string(not(containsString("GX-PG-1"))));
        mvc.perform(get("/cases/new").param("copyOf", String.valueOf(id)).with(user(laoCaiOfficer)))
                .andExpect(status().isNotFound());
    }

    @Test
    void createsACaseFromTheFormWithDecimalCommaAndShowsItsSeizuresConverted() throws Exception {
        String reference = reference();
        mvc.perform(filledForm("/cases/new", reference))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/cases/*"))
                .andExpect(flash().attributeExists("flashMessage"));
        CaseFile created = find(reference);
        assertThat(created.getSeizures()).hasSize(2);
        assertThat(created.getSeizures().get(0).getQuantity()).isEqualByComparingTo(new BigDecimal("168.55"));
        assertThat(created.getSeizures().get(1).getCanonicalQuantity()).isEqualByComparingTo(new BigDecimal("0.35"));

        mvc.perform(get("/cases/{id}", created.getId()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("168,55 kg")))
                .andExpect(content().string(containsString("350 g")))
                .andExpect(content().string(containsString("0,35 kg")))
                .andExpect(content().string(containsString("广西壮族自治区公安厅")))
                .andExpect(content().string(containsString("id=\"edit-case\"")))
                .andExpect(content().string(containsString("Đã trao đổi thông tin")));
        mvc.perform(get("/cases/{id}", created.getId()).param("lang", "en").with(user(reporter)))
                .andExpect(content().string(containsString("168.55 kg")))
                .andExpect(content().string(not(containsString("id=\"edit-case\""))));
    }

    @Test
    void aRefusedFormComesBackWithTheErrorNextToTheRowAndEverythingTyped() throws Exception {
        String reference = reference();
        mvc.perform(filledForm("/cases/new", reference, "seizures[1].quantity", "-2", "seizures[0].unit", "PILL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "seizures[0].unit", "case.error.unitNotAllowed"))
                .andExpect(content().string(containsString("Không ghi Heroin theo đơn vị viên")))
                .andExpect(content().string(containsString("value=\"168,55\"")))
                .andExpect(content().string(containsString(reference)));
        mvc.perform(filledForm("/cases/new", reference, "seizures[1].quantity", "-2"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "seizures[1].quantity", "case.error.negativeQuantity"))
                .andExpect(content().string(containsString("Số lượng không được là số âm.")));
        mvc.perform(filledForm("/cases/new", reference, "seizures[1].quantity", "ba trăm"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "seizures[1].quantity", "case.error.quantityFormat"))
                .andExpect(content().string(containsString("value=\"ba trăm\"")));
        mvc.perform(filledForm("/cases/new", reference, "openedOn", "", "subjects", "-1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "openedOn", "subjects"));
        mvc.perform(filledForm("/cases/new", reference, "leadAgencyId", String.valueOf(fixtures.agency("VN-LC-CA").id())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "leadAgencyId", "case.error.leadOutOfScope"));
        assertThat(find(reference)).isNull();
    }

    @Test
    void rowsAreAddedAndRemovedWithoutValidatingOrSaving() throws Exception {
        String reference = reference();
        mvc.perform(filledForm("/cases/new", reference, "_addRow", "seizures", "seizures[1].quantity", "-2"))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andExpect(content().string(containsString("name=\"seizures[2].item\"")))
                .andExpect(content().string(containsString("value=\"-2\"")));
        mvc.perform(filledForm("/cases/new", reference, "_removeRow", "seizures:0"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"seizures[1].item\""))))
                .andExpect(content().string(containsString("value=\"350\"")));
        mvc.perform(filledForm("/cases/new", reference, "_addRow", "partners"))
                .andExpect(content().string(containsString("name=\"partners[1].agencyId\"")))
                .andExpect(content().string(containsString("Sở Công an Khu tự trị dân tộc Choang Quảng Tây")));
        assertThat(find(reference)).isNull();
    }

    @Test
    void editsWithAStatusStepAndRefusesAStaleForm() throws Exception {
        String reference = reference();
        mvc.perform(filledForm("/cases/new", reference)).andExpect(status().is3xxRedirection());
        long id = find(reference).getId();
        mvc.perform(get("/cases/{id}/edit", id).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"168.55\"")));
        mvc.perform(filledForm("/cases/" + id + "/edit", reference, "version", "0", "_addRow", "partners"))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andExpect(content().string(containsString("name=\"partners[1].agencyId\"")));
        mvc.perform(filledForm("/cases/" + id + "/edit", reference, "version", "0", "_removeRow", "seizures:1"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"seizures[1].item\""))));

        mvc.perform(filledForm("/cases/" + id + "/edit", reference, "version", "0", "status", "ARRESTED_OR_SOLVED",
                        "statusDate", "10/03/2025", "statusNote", "Bắt giữ 4 đối tượng"))
                .andExpect(status().is3xxRedirection());
        CaseFile edited = find(reference);
        assertThat(edited.getStatusChanges()).hasSize(2);
        assertThat(edited.getStatusSince()).hasToString("2025-03-10");

        mvc.perform(filledForm("/cases/" + id + "/edit", reference, "version", "0", "subjects", "9"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("Bản ghi đã được người khác sửa")));
        assertThat(find(reference).getSubjects()).isEqualTo(4);

        mvc.perform(get("/cases/{id}", id).with(user(officer)))
                .andExpect(content().string(containsString("Bắt giữ 4 đối tượng")))
                .andExpect(content().string(containsString("10/03/2025")))
                .andExpect(content().string(containsString("id=\"history\"")));
    }

    @Test
    void rolesAndScopeGuardThePages() throws Exception {
        String reference = reference();
        mvc.perform(filledForm("/cases/new", reference)).andExpect(status().is3xxRedirection());
        long id = find(reference).getId();
        mvc.perform(get("/cases/new").with(user(reporter))).andExpect(status().isForbidden());
        mvc.perform(filledForm("/cases/new", reference()).with(user(reporter))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/{id}", id).with(user(laoCaiOfficer))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/{id}/edit", id).with(user(laoCaiOfficer))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/{id}", 987654).with(user(officer))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/new").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"partners-rows\"")))
                .andExpect(content().string(containsString("id=\"seizures-add\"")));
    }
}
