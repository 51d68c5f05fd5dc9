package org.borderliaison.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
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

import java.time.LocalDate;
import java.util.List;
import org.borderliaison.agreement.domain.AgreementFilter;
import org.borderliaison.agreement.domain.AgreementRow;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.AddAnotherCheck;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The agreement pages: scope, the form's refusals next to the fields with everything typed kept, rows, actions. */
class AgreementPagesTests extends IntegrationTest {

    @Autowired
    AgreementService service;

    SignedInUser admin;
    SignedInUser officerLaoCai;
    SignedInUser officerNgheAn;
    SignedInUser viewerLaoCai;
    long laoCai;
    long ngheAn;
    long hekou;
    long xiangkhouang;

    @BeforeEach
    void accountsAndAgencies() {
        admin = fixtures.account("agr-pages-admin", "VN-BCA", Role.ADMIN);
        officerLaoCai = fixtures.account("agr-pages-officer-lc", "VN-LC-CA", Role.OFFICER);
        officerNgheAn = fixtures.account("agr-pages-officer-na", "VN-NA-CA", Role.OFFICER);
        viewerLaoCai = fixtures.account("agr-pages-viewer-lc", "VN-LC-CA", Role.VIEWER);
        laoCai = fixtures.agency("VN-LC-CA").id();
        ngheAn = fixtures.agency("VN-NA-CA").id();
        hekou = fixtures.agency("CN-HK-GAJ").id();
        xiangkhouang = fixtures.agency("LA-XI-CA").id();
    }

    @Test
    void theListShowsOnlyAgreementsInScopeAndTheDetailOfAnotherProvinceIsNotFound() throws Exception {
        String marker = "Thỏa thuận phạm vi " + System.nanoTime();
        long laoCaiMemo = create(AgreementBuilder.aMemorandum().titled(marker + " Lào Cai").between(laoCai, hekou));
        long ngheAnMemo = create(AgreementBuilder.aMemorandum().titled(marker + " Nghệ An").between(ngheAn, xiangkhouang));

        mvc.perform(get("/agreements").param("text", marker).with(user(officerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(marker + " Lào Cai")))
                .andExpect(content().string(not(containsString(marker + " Nghệ An"))))
                .andExpect(content().string(containsString("河口县公安局")));
        mvc.perform(get("/agreements/{id}", ngheAnMemo).with(user(officerLaoCai))).andExpect(status().isNotFound());
        mvc.perform(get("/agreements/{id}/edit", ngheAnMemo).with(user(officerLaoCai))).andExpect(status().isNotFound());
        mvc.perform(get("/agreements/{id}", laoCaiMemo).with(user(officerNgheAn))).andExpect(status().isNotFound());
        mvc.perform(get("/agreements").param("text", marker).with(user(admin)))
                .andExpect(content().string(containsString(marker + " Lào Cai")))
                .andExpect(content().string(containsString(marker + " Nghệ An")));
    }

    @Test
    void theListFiltersByPartnerCountryAndTextWithoutAccents() throws Exception {
        String marker = "Hội đàm biên giới Bát Xát " + System.nanoTime();
        create(AgreementBuilder.aMemorandum().titled(marker).between(laoCai, hekou));
        mvc.perform(get("/agreements").param("text", "hoi dam bien gioi bat xat").param("partnerCountry", "CN").with(user(officerLaoCai)))
                .andExpect(content().string(containsString(marker)))
                // Sorting keeps the filters.
                .andExpect(content().string(PageText.shows("href=\"/agreements?partnerCountry=CN&text=hoi%20dam%20bien%20gioi%20bat%20xat&sort=validTo,desc\"")));
        mvc.perform(get("/agreements").param("text", "hoi dam bien gioi bat xat").param("partnerCountry", "LA").with(user(officerLaoCai)))
                .andExpect(content().string(not(containsString(marker))))
                .andExpect(content().string(containsString("id=\"no-agreements\"")));
        // A mistyped date is shown as an error on the filter, not a failure.
        mvc.perform(get("/agreements").param("signedFrom", "32/13/2024").with(user(officerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("params", "signedFrom"));
    }

    @Test
    void theDetailGroupsThePartiesBySideWithNativeNamesAndShowsTheHistory() throws Exception {
        long id = create(AgreementBuilder.aMemorandum().between(laoCai, hekou)
                .signedBy("Hoàng Văn Cường", "Đại tá", "Giám đốc Công an tỉnh Lào Cai", laoCai));
        mvc.perform(get("/agreements/{id}", id).with(user(officerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"our-parties\""), containsString("Công an tỉnh Lào Cai"))))
                .andExpect(content().string(containsString("河口县公安局")))
                .andExpect(content().string(containsString("Hoàng Văn Cường")))
                .andExpect(content().string(containsString("id=\"edit-agreement\"")))
                .andExpect(content().string(containsString("Tạo mới")));
        mvc.perform(get("/agreements/{id}", id).param("lang", "en").with(user(officerLaoCai)))
                .andExpect(content().string(containsString("Partner side")))
                .andExpect(content().string(containsString("Hekou County Public Security Bureau")));
    }

    @Test
    void aRefusedFormComesBackWithTheFieldErrorsAndEverythingTyped() throws Exception {
        String title = "Biên bản ghi nhớ về tuần tra chung " + System.nanoTime();
        // End before start.
        mvc.perform(agreementForm("/agreements/new", title).param("parties[0].agencyId", String.valueOf(laoCai))
                        .param("parties[1].agencyId", String.valueOf(hekou)).param("validFrom", "01/06/2025").param("validTo", "31/05/2025")
                        .param("signatories[0].name", "Lê Văn Dũng").param("signatories[0].rank", "Thượng tá")
                        .param("signatories[0].agencyId", String.valueOf(laoCai)).with(user(officerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "validTo"))
                .andExpect(content().string(containsString("Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực")))
                .andExpect(content().string(PageText.shows("value=\"" + title + "\"")))
                .andExpect(content().string(PageText.shows("value=\"31/05/2025\"")))
                .andExpect(content().string(PageText.shows("value=\"Lê Văn Dũng\"")))
                .andExpect(content().string(PageText.shows("value=\"Cục Công an huyện Hà Khẩu (CN-HK-GAJ)\"")));
        // Fewer than two parties.
        mvc.perform(agreementForm("/agreements/new", title).param("parties[0].agencyId", String.valueOf(laoCai)).with(user(officerLaoCai)))
                .andExpect(model().attributeHasFieldErrors("form", "parties"))
                .andExpect(content().string(containsString("id=\"parties-error\"")))
                .andExpect(content().string(containsString("ít nhất hai bên")));
        // An agency that does not exist, next to its row.
        mvc.perform(agreementForm("/agreements/new", title).param("parties[0].agencyId", String.valueOf(laoCai))
                        .param("parties[1].agencyId", "987654").with(user(officerLaoCai)))
                .andExpect(model().attributeHasFieldErrors("form", "parties[1].agencyId"))
                .andExpect(content().string(containsString("Không tìm thấy đơn vị này")));
        // No Vietnamese party.
        mvc.perform(agreementForm("/agreements/new", title).param("parties[0].agencyId", String.valueOf(hekou))
                        .param("parties[1].agencyId", String.valueOf(xiangkhouang)).with(user(officerLaoCai)))
                .andExpect(model().attributeHasFieldErrors("form", "parties"))
                .andExpect(content().string(containsString("Phải có ít nhất một bên là đơn vị Việt Nam")));
        // Bean validation: no title, no kind, a date that does not exist.
        mvc.perform(post("/agreements/new").with(user(officerLaoCai)).with(csrf()).param("titleVi", " ")
                        .param("signedOn", "30/02/2025").param("signingPlace", "Thành phố Lào Cai"))
                .andExpect(model().attributeHasFieldErrors("form", "titleVi", "kind", "signedOn"))
                .andExpect(content().string(PageText.shows("value=\"Thành phố Lào Cai\"")))
                .andExpect(content().string(PageText.shows("value=\"30/02/2025\"")));
        assertThat(search(title)).isEmpty();
    }

    @Test
    void saveAndAddAnotherCreatesTheAgreementAndOpensAnEmptyForm() throws Exception {
        String title = "Biên bản nhập liên tiếp " + System.nanoTime();
        AddAnotherCheck.Saved saved = AddAnotherCheck.saveAndAddAnother(mvc, agreementForm("/agreements/new", title)
                .param("parties[0].agencyId", String.valueOf(laoCai)).param("parties[1].agencyId", String.valueOf(hekou))
                .param("signedOn", "16/08/2024"), "/agreements", officerLaoCai);
        assertThat(search(title)).hasSize(1);
        assertThat(saved.newForm()).doesNotContain(title);
        AddAnotherCheck.notOnTheEditForm(mvc, "/agreements/" + saved.id() + "/edit", officerLaoCai);
    }

    @Test
    void createsAnAgreementFromTheFormAndShowsIt() throws Exception {
        String title = "Biên bản ghi nhớ hợp tác phòng, chống ma túy " + System.nanoTime();
        mvc.perform(agreementForm("/agreements/new", title).param("parties[0].agencyId", String.valueOf(laoCai))
                        .param("parties[1].agencyId", String.valueOf(hekou)).param("signedOn", "16/08/2024")
                        .param("validTo", "15/08/2027").param("fields", "DRUG_CRIME", "HUMAN_TRAFFICKING")
                        .param("signatories[0].name", "Phạm Văn Em").param("signatories[0].agencyId", String.valueOf(laoCai))
                        .with(user(officerLaoCai)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/agreements/*"))
                .andExpect(flash().attribute("flashMessage", "Đã thêm văn bản hợp tác."));
        List<AgreementRow> found = search(title);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).validFrom()).isEqualTo(LocalDate.of(2024, 8, 16));
        assertThat(found.get(0).status()).isEqualTo(AgreementStatus.IN_FORCE);
        mvc.perform(get("/agreements/{id}", found.get(0).id()).with(user(officerLaoCai)))
                .andExpect(content().string(containsString("16/08/2024")))
                .andExpect(content().string(containsString("Phòng, chống mua bán người")));
    }

    @Test
    void addingAndRemovingRowsKeepsWhatWasTypedAndSavesNothing() throws Exception {
        String title = "Kế hoạch hợp tác đang soạn " + System.nanoTime();
        mvc.perform(agreementForm("/agreements/new", title).param("parties[0].agencyId", String.valueOf(laoCai))
                        .param("signatories[0].name", "Nguyễn Thị Giang").param("_addRow", "signatories").with(user(officerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andExpect(model().attribute("form", hasProperty("signatories", hasSize(2))))
                .andExpect(content().string(PageText.shows("value=\"Nguyễn Thị Giang\"")))
                .andExpect(content().string(containsString("id=\"signatories1.name\"")))
                .andExpect(content().string(PageText.shows("value=\"Công an tỉnh Lào Cai (VN-LC-CA)\"")));
        mvc.perform(agreementForm("/agreements/new", title).param("parties[0].agencyId", String.valueOf(laoCai))
                        .param("parties[1].agencyId", String.valueOf(hekou)).param("_removeRow", "parties:0").with(user(officerLaoCai)))
                .andExpect(model().attribute("form", hasProperty("parties", hasSize(1))))
                .andExpect(content().string(PageText.shows("value=\"Cục Công an huyện Hà Khẩu (CN-HK-GAJ)\"")))
                .andExpect(content().string(not(PageText.shows("value=\"Công an tỉnh Lào Cai (VN-LC-CA)\""))));
        assertThat(search(title)).isEmpty();
    }

    @Test
    void aStaleEditShowsTheConflictAndKeepsTheTypedValues() throws Exception {
        AgreementBuilder memo = AgreementBuilder.aMemorandum().between(laoCai, hekou);
        long id = create(memo);
        fixtures.asSystemAdmin(() -> service.update(id, 0L, memo.titled(memo.title() + " (đã sửa)").command()));
        mvc.perform(agreementForm("/agreements/" + id + "/edit", "Tên sửa muộn " + id).param("version", "0")
                        .param("parties[0].agencyId", String.valueOf(laoCai)).param("parties[1].agencyId", String.valueOf(hekou))
                        .with(user(officerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã được người khác sửa")))
                .andExpect(model().attribute("form", hasProperty("titleVi", is("Tên sửa muộn " + id))));
        mvc.perform(get("/agreements/{id}", id).with(user(officerLaoCai)))
                .andExpect(content().string(containsString(memo.title())));
    }

    @Test
    void aViewerSeesNoEditButtonAndIsRefusedTheForms() throws Exception {
        long id = create(AgreementBuilder.aMemorandum().between(laoCai, hekou));
        mvc.perform(get("/agreements/{id}", id).with(user(viewerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"edit-agreement\""))))
                .andExpect(content().string(not(containsString("id=\"upload-form\""))));
        mvc.perform(get("/agreements/new").with(user(viewerLaoCai))).andExpect(status().isForbidden());
        mvc.perform(get("/agreements/{id}/edit", id).with(user(viewerLaoCai))).andExpect(status().isForbidden());
        mvc.perform(agreementForm("/agreements/" + id + "/edit", "Sửa trái phép").param("version", "0")
                        .param("parties[0].agencyId", String.valueOf(laoCai)).param("parties[1].agencyId", String.valueOf(hekou))
                        .with(user(viewerLaoCai)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/agreements").with(user(viewerLaoCai))).andExpect(content().string(not(containsString("id=\"new-agreement\""))));
    }

    @Test
    void withdrawingADraftAsksForTheReasonOnItsOwnPage() throws Exception {
        long id = create(AgreementBuilder.aMemorandum().between(laoCai, hekou).draft());
        mvc.perform(get("/agreements/{id}", id).with(user(officerLaoCai)))
                .andExpect(content().string(containsString("id=\"withdraw-agreement\"")))
                .andExpect(content().string(not(containsString("id=\"terminate-agreement\""))))
                .andExpect(content().string(not(containsString("id=\"delete-agreement\""))));
        mvc.perform(get("/agreements/{id}/withdraw", id).with(user(officerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-form\"")));
        mvc.perform(post("/agreements/{id}/withdraw", id).param("version", "0").param("reason", "").with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "reason"));
        mvc.perform(post("/agreements/{id}/withdraw", id).param("version", "0").param("reason", "Phía bạn đề nghị dừng")
                        .with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/agreements/{id}", id).with(user(officerLaoCai)))
                .andExpect(content().string(containsString("Phía bạn đề nghị dừng")))
                .andExpect(content().string(containsString("Đã rút")))
                .andExpect(content().string(not(containsString("id=\"edit-agreement\""))));
    }

    @Test
    void terminatingKeepsTheDateTypedWhenTheReasonIsMissing() throws Exception {
        long id = create(AgreementBuilder.aMemorandum().between(laoCai, hekou));
        mvc.perform(post("/agreements/{id}/terminate", id).param("version", "0").param("terminatedOn", "01/10/2025")
                        .with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "reason"))
                .andExpect(content().string(PageText.shows("value=\"01/10/2025\"")));
        mvc.perform(post("/agreements/{id}/terminate", id).param("version", "0").param("terminatedOn", "01/10/2025")
                        .param("reason", "Hai bên ký văn bản mới").with(user(officerLaoCai)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/agreements/{id}", id).with(user(officerLaoCai)))
                .andExpect(content().string(containsString("Chấm dứt hiệu lực từ ngày 01/10/2025")));
    }

    @Test
    void theAdministratorCannotDeleteAnAgreementThatAnotherReplaces() throws Exception {
        long old = create(AgreementBuilder.aYearlyPlan().between(laoCai, hekou));
        create(AgreementBuilder.aYearlyPlan().between(laoCai, hekou).replacing(old));
        mvc.perform(get("/agreements/{id}", old).with(user(officerLaoCai)))
                .andExpect(content().string(not(containsString("id=\"delete-agreement\""))))
                .andExpect(content().string(containsString("id=\"replaced-by\"")));
        mvc.perform(post("/agreements/{id}/delete", old).with(user(officerLaoCai)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/agreements/{id}/delete", old).with(user(officerLaoCai))).andExpect(status().isForbidden());
        mvc.perform(post("/agreements/{id}/delete", old).with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thể xóa")));
        mvc.perform(get("/agreements/{id}", old).with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void theRenewFormStartsFromTheOldAgreement() throws Exception {
        AgreementBuilder old = AgreementBuilder.aYearlyPlan().between(laoCai, hekou);
        long id = create(old);
        mvc.perform(get("/agreements/new").param("renews", String.valueOf(id)).with(user(officerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("form", hasProperty("replacesId", is(id))))
                .andExpect(content().string(PageText.shows("value=\"Cục Công an huyện Hà Khẩu (CN-HK-GAJ)\"")))
                .andExpect(content().string(PageText.shows("value=\"" + old.title() + "\"")));
    }

    @Test
    void theReplacesPickerOffersOnlyVisibleAgreements() throws Exception {
        String marker = "Biên bản chọn thay thế " + System.nanoTime();
        create(AgreementBuilder.aMemorandum().titled(marker + " Lào Cai").between(laoCai, hekou));
        create(AgreementBuilder.aMemorandum().titled(marker + " Nghệ An").between(ngheAn, xiangkhouang));
        mvc.perform(get("/agreements/picker").param("q", marker).with(user(officerLaoCai)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(marker + " Lào Cai")))
                .andExpect(content().string(not(containsString(marker + " Nghệ An"))));
    }

    private MockHttpServletRequestBuilder agreementForm(String url, String title) {
        return post(url).with(csrf()).param("titleVi", title).param("kind", "MEMORANDUM_OF_UNDERSTANDING").param("status", "IN_FORCE");
    }

    private long create(AgreementBuilder agreement) {
        return fixtures.asSystemAdmin(() -> service.create(agreement.command()));
    }

    private List<AgreementRow> search(String title) {
        return fixtures.asSystemAdmin(() -> service.search(new AgreementFilter(null, null, null, null, null, null, null, null, title),
                PageRequest.of(0, 5)).getContent());
    }
}
