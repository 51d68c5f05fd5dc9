package org.borderliaison.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderliaison.meeting.domain.FollowUpStatus;
import org.borderliaison.meeting.domain.Side;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SearchText;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The meeting API: the rules, the scope, optimistic locking and the error shapes. */
class MeetingApiTests extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PROBLEMS = "https://borderliaison.org/problems/";

    @Autowired
    JsonMapper json;

    SignedInUser laoCaiOfficer;
    SignedInUser ngheAnOfficer;
    SignedInUser laoCaiViewer;
    SignedInUser ministryViewer;
    SignedInUser admin;
    long laoCai;
    long batXat;
    long hekou;
    long honghe;
    long yunnan;
    long ngheAn;
    long houaphanh;

    @BeforeEach
    void accounts() {
        laoCaiOfficer = fixtures.account("mt-api-officer-lc", "VN-LC-CA", Role.OFFICER);
        ngheAnOfficer = fixtures.account("mt-api-officer-na", "VN-NA-CA", Role.OFFICER);
        laoCaiViewer = fixtures.account("mt-api-viewer-lc", "VN-LC-CA", Role.VIEWER);
        ministryViewer = fixtures.account("mt-api-viewer-v02", "V02", Role.VIEWER);
        admin = fixtures.account("mt-api-admin", "VN-BCA", Role.ADMIN);
        laoCai = fixtures.agency("VN-LC-CA").id();
        batXat = fixtures.agency("VN-LC-CA-BX").id();
        hekou = fixtures.agency("CN-HK-GAJ").id();
        honghe = fixtures.agency("CN-HH-GAJ").id();
        yunnan = fixtures.agency("CN-YN-GAT").id();
        ngheAn = fixtures.agency("VN-NA-CA").id();
        houaphanh = fixtures.agency("LA-HO-CA").id();
    }

    @Test
    void recordsAMeetingAndFindsItWithTheListFilters() throws Exception {
        String title = unique("Hội đàm Bát Xát – Hà Khẩu");
        MeetingBuilder talks = MeetingBuilder.aTalk(title).between(batXat, hekou).on(LocalDate.of(2024, 5, 14))
                .head(Side.OUR, "Nguyễn Văn Hùng", "Thượng tá", "Trưởng Công an huyện")
                .head(Side.PARTNER, "Lý Minh", null, "Cục trưởng")
                .followUp("Trao đổi danh sách đối tượng", batXat, LocalDate.of(2024, 6, 1), null);
        JsonNode created = body(create(talks, laoCaiOfficer)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/meetings/")))
                .andReturn());
        long id = created.get("id").asLong();
        assertThat(created.get("version").asLong()).isZero();
        assertThat(created.get("count").asInt()).as("count defaults to one meeting").isEqualTo(1);

        mvc.perform(get("/api/v1/meetings/{id}", id).with(user(laoCaiOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.startDate").value("2024-05-14"))
                .andExpect(jsonPath("$.hostAgencyId").value(batXat))
                .andExpect(jsonPath("$.ourAgencies[0].code").value("VN-LC-CA-BX"))
                .andExpect(jsonPath("$.partnerAgencies[0].nameNative").value("河口县公安局"))
                .andExpect(jsonPath("$.heads.length()").value(2))
                .andExpect(jsonPath("$.heads[1].side").value("PARTNER"))
                .andExpect(jsonPath("$.followUps[0].index").value(0))
                .andExpect(jsonPath("$.followUps[0].status").value("OPEN"))
                .andExpect(jsonPath("$.status").value("RECORDED"))
                .andExpect(jsonPath("$.createdBy").value("mt-api-officer-lc"));

        // Partner filters include the partner's sub-tree: Yunnan finds the meeting with Hekou.
        for (long partner : new long[] {hekou, honghe, yunnan}) {
            mvc.perform(get("/api/v1/meetings").param("partnerAgencyId", String.valueOf(partner)).param("size", "200")
                            .with(user(laoCaiOfficer)))
                    .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
        }
        // Free text is accent- and case-insensitive, over title, people and agency names alike.
        mvc.perform(get("/api/v1/meetings").param("text", SearchText.fold(title).toUpperCase(java.util.Locale.ROOT))
                        .with(user(laoCaiOfficer)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].count").value(1))
                .andExpect(jsonPath("$.content[0].partnerAgencies[0].code").value("CN-HK-GAJ"));
        mvc.perform(get("/api/v1/meetings").param("text", "nguyen van hung").param("size", "200").with(user(laoCaiOfficer)))
                .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
        mvc.perform(get("/api/v1/meetings").param("ourAgencyId", String.valueOf(laoCai)).param("from", "14/05/2024")
                        .param("to", "2024-05-14").param("kind", "TALKS").param("partnerCountry", "CN").param("field", "DRUG_CRIME")
                        .param("status", "RECORDED").with(user(laoCaiOfficer)))
                .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
        for (String[] miss : new String[][] {{"partnerCountry", "LA"}, {"kind", "CONFERENCE"}, {"field", "CYBERCRIME"},
                {"from", "15/05/2024"}, {"status", "CANCELLED"}, {"ourAgencyId", String.valueOf(ngheAn)}}) {
            mvc.perform(get("/api/v1/meetings").param(miss[0], miss[1]).param("size", "200").with(user(laoCaiOfficer)))
                    .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        }
    }

    @Test
    void refusesBadInputWithProblemDetailsAndFieldErrors() throws Exception {
        String title = unique("Hội đàm sai");
        // end before start: a rule of the service, 422 with the field
        create(MeetingBuilder.aTalk(title).between(laoCai, hekou).on(LocalDate.of(2024, 5, 14)).until(LocalDate.of(2024, 5, 13)),
                laoCaiOfficer)
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "business-rule"))
                .andExpect(jsonPath("$.fieldErrors[0].field").value("endDate"))
                .andExpect(jsonPath("$.fieldErrors[0].message").value("Ngày kết thúc không được trước ngày bắt đầu."));
        // unknown agency on either side
        create(MeetingBuilder.aTalk(title).between(laoCai, 987654), laoCaiOfficer)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("partnerAgencyIds[0]"));
        create(MeetingBuilder.aTalk(title).ours(laoCai, 987654L).partners(hekou), laoCaiOfficer)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("ourAgencyIds[1]"));
        // count below 1: bad input
        create(MeetingBuilder.aTally(MeetingKind.HOTLINE_CONTACT, 0, title).between(laoCai, hekou), laoCaiOfficer)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("count")));
        // no Vietnamese agency: none at all, or only a foreign one on our side
        create(MeetingBuilder.aTalk(title).partners(hekou).host(hekou), laoCaiOfficer)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("ourAgencyIds")));
        create(MeetingBuilder.aTalk(title).ours(honghe).partners(hekou), laoCaiOfficer)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("ourAgencyIds[0]"))
                .andExpect(jsonPath("$.detail", containsString("Cục Công an châu Hồng Hà")));
        // talks need a partner; a domestic working visit has none
        create(MeetingBuilder.aTalk(title).ours(laoCai), laoCaiOfficer)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("partnerAgencyIds"))
                .andExpect(jsonPath("$.fieldErrors[0].message").value(containsString("phải có ít nhất một đơn vị nước bạn")));
        create(MeetingBuilder.aTalk(title).kind(MeetingKind.DOMESTIC_VISIT).between(laoCai, hekou), laoCaiOfficer)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("partnerAgencyIds"));
        create(MeetingBuilder.aTalk(unique("Làm việc trong nước")).kind(MeetingKind.DOMESTIC_VISIT).ours(laoCai), laoCaiOfficer)
                .andExpect(status().isCreated());
        // a Vietnamese agency on the partner side, and a host that did not take part
        create(MeetingBuilder.aTalk(title).between(laoCai, batXat), laoCaiOfficer)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("partnerAgencyIds[0]"));
        create(MeetingBuilder.aTalk(title).between(laoCai, hekou).host(honghe), laoCaiOfficer)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("hostAgencyId"));
        // English on request
        mvc.perform(withJson(post("/api/v1/meetings").param("lang", "en"),
                        MeetingBuilder.aTalk(title).between(laoCai, hekou).on(LocalDate.of(2024, 5, 14)).until(LocalDate.of(2024, 5, 1))
                                .body(null)).with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(jsonPath("$.fieldErrors[0].message").value("The end date cannot be before the start date."));
        mvc.perform(get("/api/v1/meetings").param("text", title).with(user(admin)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void scopeDecidesWhoSeesAndWhoChanges() throws Exception {
        String title = unique("Hội đàm Nghệ An – Hủa Phăn");
        long id = id(create(MeetingBuilder.aTalk(title).between(ngheAn, houaphanh), ngheAnOfficer).andExpect(status().isCreated()));

        mvc.perform(get("/api/v1/meetings/{id}", id).with(user(laoCaiOfficer)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "not-found"));
        mvc.perform(get("/api/v1/meetings/{id}/history", id).with(user(laoCaiOfficer))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meetings").param("text", title).with(user(laoCaiOfficer)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(withJson(put("/api/v1/meetings/{id}", id), MeetingBuilder.aTalk(title).between(laoCai, hekou).body(0L))
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(withJson(post("/api/v1/meetings/{id}/cancel", id), Map.of("version", 0, "reason", "nhầm"))
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isNotFound());
        // The ministry and the administrator see it; the Nghệ An officer sees it in the list.
        mvc.perform(get("/api/v1/meetings/{id}", id).with(user(ministryViewer))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/meetings").param("text", title).with(httpBasic("mt-api-officer-na", Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.totalElements").value(1));

        // An officer records only meetings of their own sub-tree; readers record nothing.
        create(MeetingBuilder.aTalk(unique("Hội đàm ngoài phạm vi")).between(ngheAn, houaphanh), laoCaiOfficer)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("ourAgencyIds"));
        create(MeetingBuilder.aTalk(unique("Hội đàm của người chỉ xem")).between(laoCai, hekou), laoCaiViewer)
                .andExpect(status().isForbidden());
        long laoCaiMeeting = id(create(MeetingBuilder.aTalk(unique("Hội đàm Lào Cai")).between(laoCai, hekou), laoCaiOfficer));
        mvc.perform(get("/api/v1/meetings/{id}", laoCaiMeeting).with(user(laoCaiViewer))).andExpect(status().isOk());
        mvc.perform(withJson(put("/api/v1/meetings/{id}", laoCaiMeeting),
                        MeetingBuilder.aTalk("Sửa").between(laoCai, hekou).body(0L)).with(user(laoCaiViewer)).with(csrf()))
                .andExpect(status().isForbidden());
        // Moving a meeting out of one's own scope by an edit is refused like creating it there.
        mvc.perform(withJson(put("/api/v1/meetings/{id}", laoCaiMeeting),
                        MeetingBuilder.aTalk("Sửa").between(ngheAn, houaphanh).body(0L)).with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("ourAgencyIds"));
    }

    @Test
    void aStaleUpdateIsRefusedWith409AndTheHistoryRecordsEachChange() throws Exception {
        String title = unique("Hội đàm có lịch sử");
        long id = id(create(MeetingBuilder.aTalk(title).between(laoCai, hekou), laoCaiOfficer));

        mvc.perform(withJson(put("/api/v1/meetings/{id}", id),
                        MeetingBuilder.aTalk(title + " (sửa)").between(laoCai, hekou).count(2).body(0L)).with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.count").value(2));
        mvc.perform(withJson(put("/api/v1/meetings/{id}", id),
                        MeetingBuilder.aTalk(title + " (sửa lần hai)").between(laoCai, honghe).body(0L)).with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "stale-version"));
        mvc.perform(withJson(put("/api/v1/meetings/{id}", id), MeetingBuilder.aTalk(title).between(laoCai, hekou).body(null))
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("version")));
        mvc.perform(get("/api/v1/meetings/{id}", id).with(user(laoCaiOfficer)))
                .andExpect(jsonPath("$.title").value(title + " (sửa)"))
                .andExpect(jsonPath("$.partnerAgencies[0].code").value("CN-HK-GAJ"));

        mvc.perform(get("/api/v1/meetings/{id}/history", id).with(user(laoCaiViewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].kind").value("CHANGED"))
                .andExpect(jsonPath("$[0].author").value("mt-api-officer-lc"))
                .andExpect(jsonPath("$[0].changes[*].field", hasItem("title")))
                .andExpect(jsonPath("$[0].changes[*].field", hasItem("count")))
                .andExpect(jsonPath("$[1].kind").value("CREATED"));
    }

    @Test
    void followUpsDueWithinFourteenDaysOrOverdueAreListedUntilDone() throws Exception {
        LocalDate today = LocalDate.now();
        String tag = unique("việc");
        long id = id(create(MeetingBuilder.aTalk(unique("Hội đàm có việc cần làm")).between(laoCai, hekou)
                .followUp(tag + " hạn hôm nay cộng 14", laoCai, today.plusDays(14), null)
                .followUp(tag + " hạn hôm nay cộng 15", laoCai, today.plusDays(15), null)
                .followUp(tag + " quá hạn", batXat, today.minusDays(3), FollowUpStatus.OPEN)
                .followUp(tag + " đã xong", laoCai, today.plusDays(2), FollowUpStatus.DONE)
                .followUp(tag + " đã hủy", laoCai, today.minusDays(1), FollowUpStatus.CANCELLED), laoCaiOfficer));
        long cancelled = id(create(MeetingBuilder.aTalk(unique("Hội đàm bị hủy")).between(laoCai, hekou)
                .followUp(tag + " của cuộc họp đã hủy", laoCai, today, null), laoCaiOfficer));
        mvc.perform(withJson(post("/api/v1/meetings/{id}/cancel", cancelled), Map.of("version", 0, "reason", "Hoãn"))
                .with(user(laoCaiOfficer)).with(csrf())).andExpect(status().isOk());

        JsonNode due = body(mvc.perform(get("/api/v1/meetings/follow-ups/due").with(user(laoCaiOfficer)))
                .andExpect(status().isOk()).andReturn());
        assertThat(whats(due, tag)).containsExactly(tag + " quá hạn", tag + " hạn hôm nay cộng 14");
        assertThat(find(due, tag + " quá hạn").get("overdue").asBoolean()).isTrue();
        assertThat(find(due, tag + " quá hạn").get("owner").get("code").asString()).isEqualTo("VN-LC-CA-BX");
        assertThat(find(due, tag + " hạn hôm nay cộng 14").get("overdue").asBoolean()).isFalse();
        assertThat(find(due, tag + " hạn hôm nay cộng 14").get("index").asInt()).isZero();
        // Outside the scope: the Nghệ An officer does not see Lào Cai's follow-ups.
        assertThat(whats(body(mvc.perform(get("/api/v1/meetings/follow-ups/due").with(user(ngheAnOfficer))).andReturn()), tag)).isEmpty();

        mvc.perform(withJson(post("/api/v1/meetings/{id}/follow-ups/{index}/status", id, 2), Map.of("version", 0, "status", "DONE"))
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.followUps[2].status").value("DONE"));
        mvc.perform(withJson(post("/api/v1/meetings/{id}/follow-ups/{index}/status", id, 0), Map.of("version", 0, "status", "DONE"))
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(withJson(post("/api/v1/meetings/{id}/follow-ups/{index}/status", id, 9), Map.of("version", 1, "status", "DONE"))
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(whats(body(mvc.perform(get("/api/v1/meetings/follow-ups/due").with(user(laoCaiOfficer))).andReturn()), tag))
                .containsExactly(tag + " hạn hôm nay cộng 14");
        mvc.perform(get("/api/v1/meetings/{id}/history", id).with(user(laoCaiOfficer)))
                .andExpect(jsonPath("$[0].changes[*].field", hasItem("followUps")));
    }

    @Test
    void cancellingNeedsAReasonAndOnlyAdministratorsDelete() throws Exception {
        long id = id(create(MeetingBuilder.aTalk(unique("Hội đàm sẽ hủy")).between(laoCai, hekou), laoCaiOfficer));
        mvc.perform(withJson(post("/api/v1/meetings/{id}/cancel", id), Map.of("version", 0, "reason", " "))
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem("reason")));
        mvc.perform(withJson(post("/api/v1/meetings/{id}/cancel", id), Map.of("version", 0, "reason", "Phía bạn đề nghị hoãn"))
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelReason").value("Phía bạn đề nghị hoãn"));
        mvc.perform(withJson(post("/api/v1/meetings/{id}/cancel", id), Map.of("version", 1, "reason", "Lần nữa"))
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(withJson(put("/api/v1/meetings/{id}", id), MeetingBuilder.aTalk("Sửa bản đã hủy").between(laoCai, hekou).body(1L))
                        .with(user(laoCaiOfficer)).with(csrf()))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(delete("/api/v1/meetings/{id}", id).with(user(laoCaiOfficer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/meetings/{id}", id).with(user(laoCaiOfficer))).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/meetings/{id}", id).with(user(admin)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/meetings/{id}", id).with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/meetings/{id}", id).with(user(admin)).with(csrf())).andExpect(status().isNotFound());
    }

    private ResultActions create(MeetingBuilder meeting, SignedInUser who) throws Exception {
        return mvc.perform(withJson(post("/api/v1/meetings"), meeting.body(null)).with(user(who)).with(csrf()));
    }

    private long id(ResultActions created) throws Exception {
        return body(created.andExpect(status().isCreated()).andReturn()).get("id").asLong();
    }

    private static java.util.List<String> whats(JsonNode due, String tag) {
        java.util.List<String> found = new java.util.ArrayList<>();
        due.forEach(row -> {
            if (row.get("what").asString().startsWith(tag)) {
                found.add(row.get("what").asString());
            }
        });
        return found;
    }

    private static JsonNode find(JsonNode due, String what) {
        for (JsonNode row : due) {
            if (row.get("what").asString().equals(what)) {
                return row;
            }
        }
        throw new AssertionError("no follow-up " + what);
    }

    private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    static String unique(String text) {
        return text + " #" + SEQUENCE.incrementAndGet() + "x" + (System.nanoTime() % 1_000_000);
    }
}
