package org.borderliaison.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.borderliaison.meeting.domain.FollowUpStatus;
import org.borderliaison.meeting.domain.MeetingFilter;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.meeting.domain.MeetingView;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.AddAnotherCheck;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The meeting pages: list, detail, forms with their errors and rows, follow-ups, cancel and delete. */
class MeetingPagesTests extends IntegrationTest {


    @Autowired
    MeetingService service;

    SignedInUser laoCaiOfficer;
    SignedInUser langSonOfficer;
    SignedInUser admin;
    long laoCai;
    long hekou;
    long honghe;
    long ngheAn;

    @BeforeEach
    void accounts() {
        laoCaiOfficer = fixtures.account("mt-pages-officer-lc", "VN-LC-CA", Role.OFFICER);
        langSonOfficer = fixtures.account("mt-pages-officer-ls", "VN-LS-CA", Role.OFFICER);
        admin = fixtures.account("mt-pages-admin", "VN-BCA", Role.ADMIN);
        laoCai = fixtures.agency("VN-LC-CA").id();
        hekou = fixtures.agency("CN-HK-GAJ").id();
        honghe = fixtures.agency("CN-HH-GAJ").id();
        ngheAn = fixtures.agency("VN-NA-CA").id();
    }

    @Test
    void theListShowsTheMeetingsOfTheUsersScopeWithFiltersSortingAndPaging() throws Exception {
        // Lạng Sơn's demo tallies with Guangxi, newest first, twenty a page; nothing of Nghệ An.
        mvc.perform(get("/meetings").with(user(langSonOfficer)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("page", hasProperty("size", is(20))))
                .andExpect(content().string(containsString("Liên lạc qua đường dây nóng với Công an Quảng Tây, tháng 3/2022")))
                .andExpect(content().string(containsString("广西壮族自治区公安厅")))
                .andExpect(content().string(not(containsString("Bô Ly Khăm Xay"))))
                .andExpect(content().string(containsString("page=1")));
        mvc.perform(get("/meetings").param("kind", "LETTER_EXCHANGE").param("sort", "date").with(user(langSonOfficer)))
                .andExpect(content().string(containsString("Trao đổi thư, công hàm với Công an Quảng Tây, tháng 1/2018")))
                .andExpect(content().string(containsString("<td class=\"text-end count\">19</td>")))
                .andExpect(content().string(not(containsString("đường dây nóng với Công an Quảng Tây, tháng"))))
                .andExpect(content().string(containsString("kind=LETTER_EXCHANGE&amp;sort=-date")));
        mvc.perform(get("/meetings").param("text", "nguyen hoa chi").with(user(langSonOfficer)))
                .andExpect(model().attribute("page", hasProperty("totalElements", is(1L))))
                .andExpect(content().string(containsString("Cục Đối ngoại khảo sát công tác hợp tác quốc tế")));
        mvc.perform(get("/meetings").param("partnerCountry", "LA").with(user(langSonOfficer)))
                .andExpect(model().attribute("page", hasProperty("totalElements", is(0L))));
        // A date that does not parse is shown as an error on the filter, not a failure.
        mvc.perform(get("/meetings").param("from", "31/02/2024").with(user(langSonOfficer)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("filter", "from"));
    }

    @Test
    void theDetailShowsBothSidesInTheirScriptsAndIsMissingOutsideTheScope() throws Exception {
        long vientiane = 4; // demo: high-level talks in Vientiane, 11/7/2024
        mvc.perform(get("/meetings/{id}", vientiane).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hội đàm cấp cao Bộ Công an Việt Nam – Bộ Công an Lào")))
                .andExpect(content().string(containsString("ກະຊວງປ້ອງກັນຄວາມສະຫງົບ")))
                .andExpect(content().string(containsString("Vilay Lakhamphong")))
                .andExpect(content().string(containsString("Thượng tướng")))
                .andExpect(content().string(containsString("Thủ đô Viêng Chăn")));
        mvc.perform(get("/meetings/{id}", vientiane).param("lang", "en").with(user(admin)))
                .andExpect(content().string(containsString("Ministry of Public Security of the Lao PDR")))
                .andExpect(content().string(containsString("Partner side")));
        mvc.perform(get("/meetings/{id}", vientiane).with(user(laoCaiOfficer))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}/edit", 1).with(user(laoCaiOfficer))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}", 987654).with(user(admin))).andExpect(status().isNotFound());
    }

    @Test
    void aRefusedFormComesBackWithTheErrorsAndEverythingTyped() throws Exception {
        String title = MeetingApiTests.unique("Hội đàm trên trang");
        // end before start: refused by the service, shown next to the end date
        mvc.perform(meetingForm("/meetings/new", title, "startDate", "20/05/2024", "endDate", "19/05/2024"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "endDate"))
                .andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu.")))
                .andExpect(shows("value=\"" + title + "\""))
                .andExpect(content().string(containsString("value=\"19/05/2024\"")))
                .andExpect(shows("Nguyễn Văn Bình"))
                .andExpect(shows("Cục Công an huyện Hà Khẩu (CN-HK-GAJ)"));
        // unknown agency, on its row
        mvc.perform(meetingForm("/meetings/new", title, "ourAgencies[1].agencyId", "987654"))
                .andExpect(model().attributeHasFieldErrors("form", "ourAgencies[1].agencyId"))
                .andExpect(content().string(containsString("Không tìm thấy đơn vị này.")));
        // count below 1
        mvc.perform(meetingForm("/meetings/new", title, "count", "0"))
                .andExpect(model().attributeHasFieldErrors("form", "count"))
                .andExpect(content().string(containsString("value=\"0\"")));
        // no Vietnamese agency: the only row of our side left empty
        mvc.perform(meetingForm("/meetings/new", title, "ourAgencies[0].agencyId", ""))
                .andExpect(model().attributeHasFieldErrors("form", "ourAgencies"))
                .andExpect(content().string(containsString("Phải có ít nhất một đơn vị phía Việt Nam.")));
        // talks without a partner: refused at the partner rows, whose empty row comes back to pick into, our row kept
        mvc.perform(meetingForm("/meetings/new", title, "partnerAgencies[0].agencyId", ""))
                .andExpect(model().attributeHasFieldErrors("form", "partnerAgencies"))
                .andExpect(content().string(containsString("Hình thức này phải có ít nhất một đơn vị nước bạn.")))
                .andExpect(content().string(containsString("name=\"partnerAgencies[0].agencyId\"")))
                .andExpect(content().string(containsString("name=\"ourAgencies[0].agencyId\"")))
                .andExpect(shows("value=\"" + title + "\""));
        // a domestic working visit is the explicit choice for no partner, and then names none
        mvc.perform(meetingForm("/meetings/new", title, "kind", "DOMESTIC_VISIT"))
                .andExpect(model().attributeHasFieldErrors("form", "partnerAgencies"))
                .andExpect(content().string(containsString("Làm việc trong nước không có đơn vị nước bạn")));
        // a date typed wrong
        mvc.perform(meetingForm("/meetings/new", title, "startDate", "32/05/2024"))
                .andExpect(model().attributeHasFieldErrors("form", "startDate"))
                .andExpect(content().string(containsString("value=\"32/05/2024\"")));
        assertThat(fixtures.asSystemAdmin(() -> service.list(search(title), PageRequest.of(0, 5)).getTotalElements())).isZero();
    }

    @Test
    void rowsAreAddedAndRemovedWithoutLosingWhatWasTyped() throws Exception {
        String title = MeetingApiTests.unique("Hội đàm thêm dòng");
        mvc.perform(meetingForm("/meetings/new", title, "_addRow", "partnerHeads"))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andExpect(model().attribute("form", hasProperty("partnerHeads", hasSize(1))))
                .andExpect(content().string(containsString("name=\"partnerHeads[0].name\"")))
                .andExpect(shows("value=\"" + title + "\""));
        mvc.perform(meetingForm("/meetings/new", title, "_removeRow", "ourHeads:0"))
                .andExpect(model().attribute("form", hasProperty("ourHeads", hasSize(0))))
                .andExpect(content().string(not(containsString("Nguyễn Văn Bình"))));
        mvc.perform(meetingForm("/meetings/new", title, "_addRow", "nothing")).andExpect(status().isBadRequest());
    }

    @Test
    void anOfficerRecordsEditsAndCancelsAMeeting() throws Exception {
        String title = MeetingApiTests.unique("Hội đàm ghi trên trang");
        mvc.perform(meetingForm("/meetings/new", title, "partnerHeads[0].name", "Vương Lực", "partnerHeads[0].title", "Cục trưởng",
                        "followUps[0].what", "Gửi danh sách đối tượng", "followUps[0].dueDate", "01/07/2024",
                        "followUps[0].status", "OPEN", "followUps[1].what", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/meetings/*"))
                .andExpect(flash().attribute("flashMessage", "Đã ghi nhận."));
        MeetingView saved = find(title);
        assertThat(saved.heads()).extracting(head -> head.getSide() + " " + head.getName())
                .containsExactly("OUR Nguyễn Văn Bình", "PARTNER Vương Lực");
        assertThat(saved.followUps()).hasSize(1).first().satisfies(followUp -> {
            assertThat(followUp.dueDate()).isEqualTo(LocalDate.of(2024, 7, 1));
            assertThat(followUp.owner()).isNull();
        });
        mvc.perform(get("/meetings/{id}", saved.id()).with(user(laoCaiOfficer)))
                .andExpect(content().string(containsString("Vương Lực")))
                .andExpect(content().string(containsString("河口县公安局")))
                .andExpect(content().string(containsString("id=\"edit-meeting\"")))
                .andExpect(content().string(containsString("Tạo mới")));
        mvc.perform(get("/meetings/{id}/edit", saved.id()).with(user(laoCaiOfficer)))
                .andExpect(status().isOk())
                .andExpect(shows("value=\"" + title + "\""))
                .andExpect(content().string(containsString("value=\"01/07/2024\"")));

        mvc.perform(meetingForm("/meetings/" + saved.id() + "/edit", title + " (sửa)", "version", "0", "partnerParticipants", "7"))
                .andExpect(redirectedUrl("/meetings/" + saved.id()));
        assertThat(find(title + " (sửa)").partnerParticipants()).isEqualTo(7);
        // The same edit from the old page: someone (this officer) saved in between.
        mvc.perform(meetingForm("/meetings/" + saved.id() + "/edit", title + " (lần hai)", "version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã được người khác sửa")))
                .andExpect(model().attribute("form", hasProperty("title", is(title + " (lần hai)"))));

        mvc.perform(post("/meetings/{id}/cancel", saved.id()).param("version", "1").param("reason", "Ghi trùng")
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(redirectedUrl("/meetings/" + saved.id()))
                .andExpect(flash().attribute("flashMessage", "Đã hủy bản ghi."));
        mvc.perform(get("/meetings/{id}", saved.id()).with(user(laoCaiOfficer)))
                .andExpect(content().string(containsString("Ghi trùng")))
                .andExpect(content().string(not(containsString("id=\"edit-meeting\""))));
        mvc.perform(post("/meetings/{id}/delete", saved.id()).with(user(laoCaiOfficer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/delete", saved.id()).with(user(admin)).with(csrf())).andExpect(redirectedUrl("/meetings"));
        mvc.perform(get("/meetings/{id}", saved.id()).with(user(admin))).andExpect(status().isNotFound());
    }

    @Test
    void readersSeeNoFormsAndOfficersOnlyTheirScope() throws Exception {
        SignedInUser viewer = fixtures.account("mt-pages-viewer-lc", "VN-LC-CA", Role.VIEWER);
        mvc.perform(get("/meetings").with(user(viewer))).andExpect(content().string(not(containsString("id=\"new-meeting\""))));
        mvc.perform(get("/meetings/new").with(user(viewer))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/new").with(user(laoCaiOfficer)))
                .andExpect(status().isOk())
                .andExpect(shows("Công an tỉnh Lào Cai (VN-LC-CA)"));
        mvc.perform(meetingForm("/meetings/new", MeetingApiTests.unique("Hội đàm Nghệ An"), "ourAgencies[0].agencyId", String.valueOf(ngheAn),
                        "hostAgencyId", String.valueOf(ngheAn)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "ourAgencies"))
                .andExpect(content().string(containsString("thuộc phạm vi quản lý của bạn")));
    }

    @Test
    void dueFollowUpsAreListedAndMarkedDoneFromTheList() throws Exception {
        String what = MeetingApiTests.unique("Xác minh nhân thân đối tượng");
        MeetingView meeting = fixtures.asSystemAdmin(() -> service.create(MeetingBuilder.aTalk(MeetingApiTests.unique("Hội đàm có hạn"))
                .between(laoCai, honghe).followUp(what, laoCai, LocalDate.now().minusDays(1), FollowUpStatus.OPEN).details()));
        mvc.perform(get("/meetings/follow-ups").with(user(laoCaiOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(what)))
                .andExpect(content().string(containsString("Quá hạn")));
        mvc.perform(get("/").with(user(laoCaiOfficer)))
                .andExpect(content().string(containsString("id=\"follow-ups-card\"")))
                .andExpect(content().string(containsString("Việc cần làm sắp đến hạn, quá hạn")));
        mvc.perform(get("/meetings/follow-ups").with(user(langSonOfficer))).andExpect(content().string(not(containsString(what))));

        mvc.perform(post("/meetings/{id}/follow-ups/0/done", meeting.id()).param("version", "0").param("back", "list")
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(redirectedUrl("/meetings/follow-ups"));
        mvc.perform(get("/meetings/follow-ups").with(user(laoCaiOfficer))).andExpect(content().string(not(containsString(what))));
        // The page still offered version 0: a second click is refused as stale, shown as a warning.
        mvc.perform(post("/meetings/{id}/follow-ups/0/done", meeting.id()).param("version", "0")
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(redirectedUrl("/meetings/" + meeting.id()))
                .andExpect(flash().attributeExists("flashWarning"));
    }

    @Test
    void saveAndAddAnotherSavesAndOpensANewFormStartingFromTheOfficersAgency() throws Exception {
        String title = MeetingApiTests.unique("Hội đàm nhập liên tiếp");
        AddAnotherCheck.Saved saved = AddAnotherCheck.saveAndAddAnother(mvc, meetingForm("/meetings/new", title), "/meetings",
                laoCaiOfficer);
        assertThat(find(title).id()).isEqualTo(saved.id());
        assertThat(saved.newForm()).contains("Công an tỉnh Lào Cai (VN-LC-CA)").doesNotContain(title);
        AddAnotherCheck.notOnTheEditForm(mvc, "/meetings/" + saved.id() + "/edit", laoCaiOfficer);
    }

    @Test
    void copyAsANewRecordOpensTheCreateFormFilledFromTheMeetingAndSavesNothing() throws Exception {
        String title = MeetingApiTests.unique("Hội đàm định kỳ để sao chép");
        mvc.perform(meetingForm("/meetings/new", title, "followUps[0].what", "Gửi danh sách", "followUps[0].dueDate", "01/07/2024",
                "followUps[0].status", "OPEN")).andExpect(status().is3xxRedirection());
        MeetingView original = find(title);
        mvc.perform(get("/meetings/{id}", original.id()).with(user(laoCaiOfficer)))
                .andExpect(shows("href=\"/meetings/new?copyOf=" + original.id() + "\""));
        mvc.perform(get("/meetings/new").param("copyOf", String.valueOf(original.id())).with(user(laoCaiOfficer)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("meetingId", nullValue()))
                .andExpect(model().attribute("form", hasProperty("version", nullValue())))
                .andExpect(model().attribute("form", hasProperty("followUps", hasSize(0))))
                .andExpect(model().attribute("form", hasProperty("startDate", is(original.startDate()))))
                .andExpect(shows("value=\"" + title + "\""))
                .andExpect(shows("action=\"/meetings/new\""));
        assertThat(fixtures.asSystemAdmin(() -> service.list(search(title), PageRequest.of(0, 5)).getTotalElements())).isEqualTo(1);
        mvc.perform(get("/meetings/new").param("copyOf", String.valueOf(original.id())).with(user(langSonOfficer)))
                .andExpect(status().isNotFound());
    }

    /** A complete, valid create/edit form of Lào Cai with Hekou, posted by the Lào Cai officer. */
    private MockHttpServletRequestBuilder meetingForm(String url, String title, String... changes) {
        return MeetingTestRequests.meetingForm(url, laoCaiOfficer, laoCai, hekou, title, changes);
    }

    private static ResultMatcher shows(String text) {
        return MeetingTestRequests.shows(text);
    }

    private MeetingView find(String title) {
        return fixtures.asSystemAdmin(() -> service.get(service.list(search(title), PageRequest.of(0, 2)).getContent().get(0).id()));
    }

    private static MeetingFilter search(String title) {
        return new MeetingFilter(null, null, null, null, null, null, null, null, title);
    }
}
