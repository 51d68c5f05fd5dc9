package org.borderliaison.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.borderliaison.agreement.AgreementDraft;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.Agreements;
import org.borderliaison.meeting.domain.AgreementRelation;
import org.borderliaison.meeting.domain.MeetingFilter;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.meeting.domain.MeetingView;
import org.borderliaison.meeting.domain.Side;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meetings and the agreements signed or reviewed at them: links on both sides, refusals on their rows, the
 * agreement created from the meeting form in the same transaction, and the demo links.
 */
class MeetingAgreementLinkTests extends IntegrationTest {

    /** The Nghệ An four-party memorandum of the demo data: outside Lào Cai's scope. */
    private static final long NGHE_AN_MEMORANDUM = 101;

    @Autowired
    JsonMapper json;

    @Autowired
    MeetingService meetings;

    @Autowired
    Agreements agreements;

    SignedInUser laoCaiOfficer;
    SignedInUser admin;
    long laoCai;
    long hekou;

    @BeforeEach
    void accounts() {
        laoCaiOfficer = fixtures.account("mt-agr-officer-lc", "VN-LC-CA", Role.OFFICER);
        admin = fixtures.account("mt-agr-admin", "VN-BCA", Role.ADMIN);
        laoCai = fixtures.agency("VN-LC-CA").id();
        hekou = fixtures.agency("CN-HK-GAJ").id();
    }

    @Test
    void linksAgreementsToAMeetingAndShowsThemOnBothSides() throws Exception {
        long plan = laoCaiAgreement("Kế hoạch hợp tác Lào Cai – Hà Khẩu");
        String title = MeetingApiTests.unique("Hội đàm rà soát kế hoạch");
        long id = id(create(MeetingBuilder.aTalk(title).between(laoCai, hekou).agreement(plan, AgreementRelation.REVIEWED)));

        mvc.perform(get("/api/v1/meetings/{id}", id).with(user(laoCaiOfficer)))
                .andExpect(jsonPath("$.agreements.length()").value(1))
                .andExpect(jsonPath("$.agreements[0].agreementId").value(plan))
                .andExpect(jsonPath("$.agreements[0].relation").value("REVIEWED"))
                .andExpect(jsonPath("$.agreements[0].kind").value("YEARLY_COOPERATION_PLAN"))
                .andExpect(jsonPath("$.agreements[0].status").value("IN_FORCE"));
        String agreementTitle = fixtures.asSystemAdmin(() -> agreements.require(plan).title());
        mvc.perform(get("/meetings/{id}", id).with(user(laoCaiOfficer)))
                .andExpect(status().isOk())
                .andExpect(shows("href=\"/agreements/" + plan + "\""))
                .andExpect(shows(agreementTitle))
                .andExpect(shows("Kế hoạch hợp tác hằng năm"))
                .andExpect(shows("Rà soát, đánh giá tại cuộc gặp"));
        mvc.perform(get("/agreements/{id}", plan).with(user(laoCaiOfficer)))
                .andExpect(status().isOk())
                .andExpect(shows("href=\"/meetings/" + id + "\""))
                .andExpect(shows(title))
                .andExpect(shows("Cuộc gặp rà soát"));

        // The edit form shows the link as a row with the agreement's label; an update changes the relation.
        mvc.perform(get("/meetings/{id}/edit", id).with(user(laoCaiOfficer)))
                .andExpect(shows("name=\"agreements[0].agreementId\" value=\"" + plan + "\""))
                .andExpect(shows("value=\"" + agreementTitle + "\""));
        mvc.perform(withJson(put("/api/v1/meetings/{id}", id),
                        MeetingBuilder.aTalk(title).between(laoCai, hekou).agreement(plan, AgreementRelation.SIGNED).body(0L))
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agreements[0].relation").value("SIGNED"));
        mvc.perform(get("/api/v1/meetings/{id}/history", id).with(user(laoCaiOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].changes[?(@.field == 'agreements' && @.change == 'ADDED')].after",
                        hasItem(containsString(agreementTitle + " (Ký kết tại cuộc gặp)"))));
        // A PUT is the whole meeting: agreements left out are unlinked, as in every module's PUT.
        mvc.perform(withJson(put("/api/v1/meetings/{id}", id), MeetingBuilder.aTalk(title).between(laoCai, hekou).body(1L))
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agreements").isEmpty());

        // The agreement page of a user who may not see the meeting does not list it.
        SignedInUser ngheAnOfficer = fixtures.account("mt-agr-officer-na", "VN-NA-CA", Role.OFFICER);
        mvc.perform(get("/agreements/{id}", NGHE_AN_MEMORANDUM).with(user(ngheAnOfficer)))
                .andExpect(status().isOk())
                .andExpect(shows("href=\"/meetings/1\""))
                .andExpect(content().string(not(containsString("href=\"/meetings/" + id + "\""))));
    }

    @Test
    void refusesAnUnknownOrInvisibleAgreementOnItsRow() throws Exception {
        long plan = laoCaiAgreement("Kế hoạch hợp tác kiểm tra dòng");
        String title = MeetingApiTests.unique("Hội đàm văn bản không xem được");
        for (long refused : new long[] {NGHE_AN_MEMORANDUM, 987654}) {
            create(MeetingBuilder.aTalk(title).between(laoCai, hekou).agreement(plan, AgreementRelation.REVIEWED)
                    .agreement(refused, AgreementRelation.SIGNED))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.fieldErrors[0].field").value("agreements[1].agreementId"))
                    .andExpect(jsonPath("$.fieldErrors[0].message").value("Không tìm thấy văn bản này hoặc bạn không có quyền xem."));
        }
        create(MeetingBuilder.aTalk(title).between(laoCai, hekou).agreement(plan, AgreementRelation.REVIEWED)
                .agreement(plan, AgreementRelation.SIGNED))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("agreements[1].agreementId"));
        mvc.perform(meetingForm(title, "agreements[0].agreementId", String.valueOf(NGHE_AN_MEMORANDUM),
                        "agreements[0].relation", "SIGNED"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "agreements[0].agreementId"))
                .andExpect(shows("Không tìm thấy văn bản này hoặc bạn không có quyền xem."))
                .andExpect(shows("value=\"" + title + "\""));
        assertThat(saved(title)).isZero();
    }

    @Test
    void agreementRowsAreAddedAndRemovedKeepingWhatWasTyped() throws Exception {
        String title = MeetingApiTests.unique("Hội đàm thêm dòng văn bản");
        mvc.perform(meetingForm(title, "_addRow", "agreements", "newAgreement.title", "Biên bản đang gõ"))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andExpect(shows("name=\"agreements[0].agreementId\""))
                .andExpect(shows("hx-get=\"/agreements/picker\""))
                .andExpect(shows("value=\"Biên bản đang gõ\""))
                .andExpect(shows("Văn bản ký kết tại cuộc gặp"));
        mvc.perform(meetingForm(title, "agreements[0].agreementId", "", "agreements[0].relation", "SIGNED", "_removeRow", "agreements:0"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"agreements[0].agreementId\""))));
        assertThat(saved(title)).isZero();
    }

    @Test
    void createsTheAgreementSignedAtTheMeetingInOneStep() throws Exception {
        String title = MeetingApiTests.unique("Hội đàm ký biên bản");
        String agreementTitle = MeetingApiTests.unique("Biên bản hội đàm Lào Cai – Hà Khẩu");
        mvc.perform(meetingForm(title, "partnerHeads[0].name", "Vương Lực", "partnerHeads[0].title", "Cục trưởng",
                        "newAgreement.create", "true", "newAgreement.title", agreementTitle,
                        "newAgreement.kind", "CONFERENCE_MINUTES", "newAgreement.reference", "05/BB-HĐ",
                        "newAgreement.validTo", "19/05/2030"))
                .andExpect(status().is3xxRedirection());
        MeetingView meeting = find(title);
        assertThat(meeting.agreements()).hasSize(1);
        assertThat(meeting.agreements().get(0).relation()).isEqualTo(AgreementRelation.SIGNED);
        long agreementId = meeting.agreements().get(0).agreement().id();

        mvc.perform(get("/api/v1/agreements/{id}", agreementId).with(user(laoCaiOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.titleVi").value(agreementTitle))
                .andExpect(jsonPath("$.kind").value("CONFERENCE_MINUTES"))
                .andExpect(jsonPath("$.referenceNumber").value("05/BB-HĐ"))
                .andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.signedOn").value("2024-05-20"))
                .andExpect(jsonPath("$.signingPlace").value("Lào Cai"))
                .andExpect(jsonPath("$.validFrom").value("2024-05-20"))
                .andExpect(jsonPath("$.validTo").value("2030-05-19"))
                .andExpect(jsonPath("$.parties[*].agencyId", containsInAnyOrder((int) laoCai, (int) hekou)))
                .andExpect(jsonPath("$.signatories.length()").value(2))
                .andExpect(jsonPath("$.signatories[0].name").value("Nguyễn Văn Bình"))
                .andExpect(jsonPath("$.signatories[0].rank").value("Đại tá"))
                .andExpect(jsonPath("$.signatories[0].agencyId").value(laoCai))
                .andExpect(jsonPath("$.signatories[1].name").value("Vương Lực"))
                .andExpect(jsonPath("$.signatories[1].agencyId").value(hekou))
                .andExpect(jsonPath("$.fields[0]").value("DRUG_CRIME"));
        mvc.perform(get("/agreements/{id}", agreementId).with(user(laoCaiOfficer)))
                .andExpect(shows("href=\"/meetings/" + meeting.id() + "\""))
                .andExpect(shows("Cuộc gặp ký kết"));

        // The API does the same with newAgreement in the request.
        String apiTitle = MeetingApiTests.unique("Hội đàm ký qua API");
        JsonNode created = body(create(MeetingBuilder.aTalk(apiTitle).between(laoCai, hekou)
                .head(Side.OUR, "Đỗ Văn Hải", "Đại tá", "Giám đốc")
                .signing(MeetingApiTests.unique("Bản ghi nhớ qua API"), AgreementKind.MEMORANDUM_OF_UNDERSTANDING, null, null, null))
                .andExpect(status().isCreated()).andReturn());
        assertThat(created.get("agreements").size()).isEqualTo(1);
        assertThat(created.get("agreements").get(0).get("relation").asString()).isEqualTo("SIGNED");
        assertThat(created.get("agreements").get(0).get("status").asString()).isEqualTo("IN_FORCE");
    }

    @Test
    void aRefusedNewAgreementLeavesNothingSaved() throws Exception {
        String title = MeetingApiTests.unique("Hội đàm văn bản sai hiệu lực");
        String agreementTitle = MeetingApiTests.unique("Biên bản hiệu lực ngược");
        mvc.perform(meetingForm(title, "newAgreement.create", "true", "newAgreement.title", agreementTitle,
                        "newAgreement.kind", "CONFERENCE_MINUTES", "newAgreement.validFrom", "01/06/2024",
                        "newAgreement.validTo", "01/05/2024"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "newAgreement.validTo"))
                .andExpect(shows("value=\"" + agreementTitle + "\""))
                .andExpect(shows("value=\"01/05/2024\""));
        // Parties come from the meeting: a domestic visit, without a partner, cannot sign a two-sided agreement.
        mvc.perform(meetingForm(title, "kind", "DOMESTIC_VISIT", "partnerAgencies[0].agencyId", "", "newAgreement.create", "true",
                        "newAgreement.title", agreementTitle, "newAgreement.kind", "CONFERENCE_MINUTES"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "newAgreement.create"));
        create(MeetingBuilder.aTalk(title).between(laoCai, hekou)
                .signing(agreementTitle, AgreementKind.CONFERENCE_MINUTES, null, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/business-rule"))
                .andExpect(jsonPath("$.fieldErrors[0].field").value("newAgreement.validTo"));
        assertThat(saved(title)).isZero();
        assertThat(fixtures.asSystemAdmin(() -> agreements.search(agreementTitle, 5))).isEmpty();
    }

    @Test
    void anAgreementAMeetingRefersToIsNotDeleted() throws Exception {
        long plan = laoCaiAgreement("Kế hoạch hợp tác không xóa được");
        String title = MeetingApiTests.unique("Hội đàm giữ văn bản");
        id(create(MeetingBuilder.aTalk(title).between(laoCai, hekou).agreement(plan, AgreementRelation.REVIEWED)));
        mvc.perform(delete("/api/v1/agreements/{id}", plan).with(user(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/agreements/{id}", plan).with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void theDemoMeetingsLinkTheAgreementsSignedAndReviewedThere() throws Exception {
        mvc.perform(get("/api/v1/meetings/{id}", 4).with(user(admin)))
                .andExpect(jsonPath("$.agreements[?(@.relation == 'SIGNED')].agreementId", containsInAnyOrder(103, 104)))
                .andExpect(jsonPath("$.agreements[?(@.relation == 'REVIEWED')].agreementId", containsInAnyOrder(102)));
        mvc.perform(get("/api/v1/meetings/{id}", 1).with(user(admin)))
                .andExpect(jsonPath("$.agreements[0].agreementId").value(101))
                .andExpect(jsonPath("$.agreements[0].relation").value("SIGNED"));
        mvc.perform(get("/agreements/{id}", 103).with(user(admin)))
                .andExpect(shows("href=\"/meetings/4\""))
                .andExpect(shows("Hội đàm cấp cao Bộ Công an Việt Nam – Bộ Công an Lào"));
    }

    // ---- helpers

    /** An agreement in force between Lào Cai and Hekou, created by an administrator. */
    private long laoCaiAgreement(String title) {
        return fixtures.asSystemAdmin(() -> agreements.create(new AgreementDraft(MeetingApiTests.unique(title),
                AgreementKind.YEARLY_COOPERATION_PLAN, null, LocalDate.of(2024, 1, 10), "Lào Cai", List.of(laoCai, hekou), List.of(),
                EnumSet.of(CooperationField.DRUG_CRIME), null, null)));
    }

    private ResultActions create(MeetingBuilder meeting) throws Exception {
        return mvc.perform(withJson(post("/api/v1/meetings"), meeting.body(null)).with(user(laoCaiOfficer)).with(csrf()));
    }

    private long id(ResultActions created) throws Exception {
        return body(created.andExpect(status().isCreated()).andReturn()).get("id").asLong();
    }

    private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    private MockHttpServletRequestBuilder meetingForm(String title, String... changes) {
        return MeetingTestRequests.meetingForm("/meetings/new", laoCaiOfficer, laoCai, hekou, title, changes);
    }

    private static ResultMatcher shows(String text) {
        return MeetingTestRequests.shows(text);
    }

    private long saved(String title) {
        return fixtures.asSystemAdmin(() -> meetings.list(search(title), PageRequest.of(0, 5)).getTotalElements());
    }

    private MeetingView find(String title) {
        return fixtures.asSystemAdmin(() -> meetings.get(meetings.list(search(title), PageRequest.of(0, 2)).getContent().get(0).id()));
    }

    private static MeetingFilter search(String title) {
        return new MeetingFilter(null, null, null, null, null, null, null, null, title);
    }
}
