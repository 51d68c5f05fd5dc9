package org.borderliaison.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.borderliaison.agency.domain.AgencyDetails;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The agency pages: who may change the tree, and how refusals come back on the form. */
class AgencyPagesTests extends IntegrationTest {

    @Autowired
    AgencyService service;

    @Autowired
    Agencies agencies;

    SignedInUser admin;
    SignedInUser officer;

    @BeforeEach
    void accounts() {
        admin = fixtures.account("pages-admin", "VN-BCA", Role.ADMIN);
        officer = fixtures.account("pages-officer-ls", "VN-LS-CA", Role.OFFICER);
    }

    @Test
    void everyoneSignedInReadsTheTreeAndTheDetail() throws Exception {
        mvc.perform(get("/agencies").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bộ Công an")))
                .andExpect(content().string(containsString("中华人民共和国公安部"))) // China's one root (V95)
                .andExpect(content().string(not(containsString("id=\"new-agency\""))));
        mvc.perform(get("/agencies/{id}/children", fixtures.agency("CN-MPS").id()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("云南省公安厅")));
        long laoCai = fixtures.agency("VN-LC-CA").id();
        mvc.perform(get("/agencies/{id}/children", fixtures.agency("VN-BCA").id()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Công an tỉnh Lào Cai")));
        mvc.perform(get("/agencies/{id}", laoCai).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở Công an tỉnh Vân Nam")))
                .andExpect(content().string(containsString("Công an huyện Bát Xát")));
        mvc.perform(get("/agencies").param("q", "ha khau").with(user(officer)))
                .andExpect(content().string(containsString("Cục Công an huyện Hà Khẩu")));
        mvc.perform(get("/agencies/{id}", 987654).with(user(officer))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsSeeAndUseTheReorganisationForms() throws Exception {
        long batXat = fixtures.agency("VN-LC-CA-BX").id();
        mvc.perform(get("/agencies/new").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/agencies/{id}/move", batXat).with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/agencies/{id}/dissolve", batXat).param("version", "0").param("effectiveDate", "01/07/2025")
                .with(user(officer)).with(csrf())).andExpect(status().isForbidden());
        assertThat(fixtures.agency("VN-LC-CA-BX").active()).isTrue();
        mvc.perform(get("/agencies/{id}/move", batXat).with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void aRefusedFormComesBackWithTheErrorsAndWhatWasTyped() throws Exception {
        long before = agencies.search(AgencySearch.text("Đồn thử nghiệm"), PageRequest.of(0, 5)).getTotalElements();
        mvc.perform(post("/agencies/new").with(user(admin)).with(csrf())
                        .param("code", "bad code!").param("country", "VN").param("nameVi", "Đồn thử nghiệm")
                        .param("validFrom", "31/02/2024"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "code", "kind", "level", "validFrom"))
                .andExpect(content().string(containsString("value=\"Đồn thử nghiệm\"")))
                .andExpect(content().string(containsString("Ngày không hợp lệ")));
        assertThat(agencies.search(AgencySearch.text("Đồn thử nghiệm"), PageRequest.of(0, 5)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void createsAnAgencyUnderAParentAndShowsIt() throws Exception {
        long laoCai = fixtures.agency("VN-LC-CA").id();
        mvc.perform(post("/agencies/new").with(user(admin)).with(csrf())
                        .param("code", "VN-LC-CA-PAGE1").param("country", "VN").param("kind", "DISTRICT_POLICE")
                        .param("level", "DISTRICT").param("nameVi", "Công an huyện Văn Bàn").param("parentId", String.valueOf(laoCai))
                        .param("validFrom", "01/01/2020"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/agencies/*"));
        AgencyView created = fixtures.agency("VN-LC-CA-PAGE1");
        assertThat(created.parentId()).isEqualTo(laoCai);
        assertThat(created.validFrom()).hasToString("2020-01-01");
        assertThat(created.path()).isEqualTo(fixtures.agency("VN-LC-CA").path() + created.id() + "/");
    }

    @Test
    void aMoveThatWouldMakeACycleIsRefusedNextToTheField() throws Exception {
        AgencyView district = fixtures.asSystemAdmin(() -> service.create(Country.VN, fixtures.agency("VN-LS-CA").id(),
                new AgencyDetails("VN-LS-CA-PAGE2", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT, "Công an huyện Cao Lộc", null, null, null)).toView());
        AgencyView commune = fixtures.asSystemAdmin(() -> service.create(Country.VN, district.id(),
                new AgencyDetails("VN-LS-CA-PAGE3", AgencyKind.COMMUNE_POLICE, AgencyLevel.COMMUNE, "Công an xã Đồng Đăng", null, null, null)).toView());

        mvc.perform(post("/agencies/{id}/move", district.id()).with(user(admin)).with(csrf())
                        .param("version", "0").param("parentId", String.valueOf(commune.id())).param("effectiveDate", "01/07/2025"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "parentId"))
                .andExpect(content().string(containsString("vòng lặp")))
                .andExpect(content().string(containsString("value=\"01/07/2025\"")));
        assertThat(fixtures.agency("VN-LS-CA-PAGE2").parentId()).isEqualTo(fixtures.agency("VN-LS-CA").id());
    }

    @Test
    void theEditPageKeepsTheDefaultsOfOfficialDocumentsAndRefusesABadSymbolNextToIt() throws Exception {
        AgencyView agency = fixtures.asSystemAdmin(() -> service.create(Country.VN, fixtures.agency("VN-NA-CA").id(),
                new AgencyDetails("VN-NA-CA-PAGE5", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT, "Công an huyện Con Cuông", null, null, null)).toView());
        mvc.perform(get("/agencies/{id}/edit", fixtures.agency("VN-LS-CA").id()).with(user(admin)))
                .andExpect(content().string(containsString("id=\"document-settings\"")))
                .andExpect(content().string(containsString("value=\"Lạng Sơn\"")));
        mvc.perform(post("/agencies/{id}/edit", agency.id()).with(user(admin)).with(csrf())
                        .param("version", "0").param("code", "VN-NA-CA-PAGE5").param("kind", "DISTRICT_POLICE")
                        .param("level", "DISTRICT").param("nameVi", "Công an huyện Con Cuông")
                        .param("documentSymbol", "CA H").param("documentPlace", "Con Cuông"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ký hiệu không có dấu cách hay dấu gạch chéo.")))
                .andExpect(content().string(containsString("value=\"Con Cu&ocirc;ng\"")));
        assertThat(fixtures.agency("VN-NA-CA-PAGE5").documents().place()).isNull();
        mvc.perform(post("/agencies/{id}/edit", agency.id()).with(user(admin)).with(csrf())
                        .param("version", "0").param("code", "VN-NA-CA-PAGE5").param("kind", "DISTRICT_POLICE")
                        .param("level", "DISTRICT").param("nameVi", "Công an huyện Con Cuông")
                        .param("documentSymbol", "CAH").param("documentPlace", "Con Cuông")
                        .param("documentRecipients", "Công an tỉnh Nghệ An\nLưu: VT").param("signatoryPosition", "Trưởng Công an huyện"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.agency("VN-NA-CA-PAGE5").documents())
                .isEqualTo(new DocumentSettings("CAH", "Con Cuông", null, "Công an tỉnh Nghệ An\nLưu: VT", null, "Trưởng Công an huyện", null));
    }

    @Test
    void aStaleEditIsRefusedWithTheConflictMessage() throws Exception {
        AgencyView agency = fixtures.asSystemAdmin(() -> service.create(Country.VN, fixtures.agency("VN-NA-CA").id(),
                new AgencyDetails("VN-NA-CA-PAGE4", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT, "Công an huyện Kỳ Sơn", null, null, null)).toView());
        fixtures.asSystemAdmin(() -> service.update(agency.id(), 0, new AgencyDetails("VN-NA-CA-PAGE4", AgencyKind.DISTRICT_POLICE,
                AgencyLevel.DISTRICT, "Công an huyện Kỳ Sơn (sửa)", null, null, null)));
        mvc.perform(post("/agencies/{id}/edit", agency.id()).with(user(admin)).with(csrf())
                        .param("version", "0").param("code", "VN-NA-CA-PAGE4").param("kind", "DISTRICT_POLICE")
                        .param("level", "DISTRICT").param("nameVi", "Công an huyện Tương Dương"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã được người khác sửa")))
                .andExpect(model().attribute("form", hasProperty("nameVi", is("Công an huyện Tương Dương"))));
        assertThat(fixtures.agency("VN-NA-CA-PAGE4").nameVi()).isEqualTo("Công an huyện Kỳ Sơn (sửa)");
    }

    @Test
    void theMergedAgencyShowsItsSuccessor() throws Exception {
        long langSon = fixtures.agency("VN-LS-CA").id();
        AgencyView old = fixtures.asSystemAdmin(() -> service.create(Country.VN, langSon,
                new AgencyDetails("VN-LS-CA-PAGE5", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT, "Công an huyện Lộc Bình", null, null, null)).toView());
        AgencyView successor = fixtures.asSystemAdmin(() -> service.create(Country.VN, langSon,
                new AgencyDetails("VN-LS-CA-PAGE6", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT, "Công an huyện Đình Lập", null, null, null)).toView());
        mvc.perform(post("/agencies/{id}/dissolve", old.id()).with(user(admin)).with(csrf())
                        .param("version", "0").param("successorId", String.valueOf(successor.id())).param("effectiveDate", "01/07/2025"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/agencies/{id}", old.id()).with(user(officer)))
                .andExpect(content().string(containsString("id=\"successor-link\"")))
                .andExpect(content().string(containsString("Công an huyện Đình Lập")))
                .andExpect(content().string(containsString("01/07/2025")));
        mvc.perform(get("/agencies/{id}", successor.id()).with(user(officer)))
                .andExpect(content().string(containsString("Công an huyện Lộc Bình")));
    }

    @Test
    void thePickerOffersOnlyTheOfficersSubTreeWhenAskedForTheirOwnAgencies() throws Exception {
        mvc.perform(get("/agencies/picker").param("q", "cong an").param("scope", "mine").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Công an tỉnh Lạng Sơn")))
                .andExpect(content().string(not(containsString("Công an tỉnh Lào Cai"))));
        mvc.perform(get("/agencies/picker").param("q", "ha khau").with(user(officer)))
                .andExpect(content().string(containsString("data-label=\"Cục Công an huyện Hà Khẩu (CN-HK-GAJ)\"")));
    }
}
