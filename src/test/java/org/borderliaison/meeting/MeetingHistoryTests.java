package org.borderliaison.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.HistoryScan;
import org.borderliaison.audit.HistoryTest;
import org.borderliaison.meeting.domain.AgreementRelation;
import org.borderliaison.meeting.domain.FollowUpStatus;
import org.borderliaison.meeting.domain.MeetingStatus;
import org.borderliaison.meeting.domain.Side;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** A meeting's history reads as an audit trail: labels, names, dates and the kind of change, in both languages. */
class MeetingHistoryTests extends HistoryTest {

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(MeetingKind.class, Country.class, Side.class,
            FollowUpStatus.class, AgreementRelation.class, MeetingStatus.class, CooperationField.class);

    @Test
    void aCreatedEditedAndCancelledMeetingReadsInTheReadersLanguage() throws Exception {
        SignedInUser officer = fixtures.account("mt-hist-officer-lc", "VN-LC-CA", Role.OFFICER);
        AgencyView laoCai = fixtures.agency("VN-LC-CA");
        AgencyView hekou = fixtures.agency("CN-HK-GAJ");
        AgencyView honghe = fixtures.agency("CN-HH-GAJ");
        String title = "Hội đàm lịch sử " + System.nanoTime();
        MeetingBuilder created = MeetingBuilder.aTalk(title).between(laoCai.id(), hekou.id())
                .followUp("Trao đổi danh sách đối tượng", laoCai.id(), LocalDate.of(2024, 7, 1), FollowUpStatus.OPEN);
        long id = json.readTree(mvc.perform(post("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(created.body(null))).with(user(officer)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        MeetingBuilder edited = MeetingBuilder.aTalk(title + " (sửa)").between(laoCai.id(), hekou.id()).partners(honghe.id())
                .on(LocalDate.of(2024, 6, 6)).head(Side.OUR, "Nguyễn Văn Hùng", "Đại tá", "Giám đốc").count(2)
                .followUp("Trao đổi danh sách đối tượng", laoCai.id(), LocalDate.of(2024, 7, 1), FollowUpStatus.DONE);
        mvc.perform(put("/api/v1/meetings/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(edited.body(0L))).with(user(officer)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/meetings/{id}/cancel", id).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("version", 1, "reason", "Phía bạn đề nghị hoãn"))).with(user(officer)).with(csrf()))
                .andExpect(status().isOk());

        JsonNode vietnamese = history("/api/v1/meetings/" + id, officer, VIETNAMESE);
        assertThat(actions(vietnamese)).containsExactly("cancelled", "edited", "created");
        String text = HistoryScan.readable(vietnamese, ENUMS);
        assertThat(text).contains("Hủy bản ghi", "mt-hist-officer-lc (test)", laoCai.nameVi(), honghe.nameVi(), "06/06/2024",
                label("meeting.heads", VIETNAMESE) + ": Phía ta: Đại tá Nguyễn Văn Hùng, Giám đốc", "01/07/2024", "Đã thực hiện",
                label("meeting.host", VIETNAMESE) + ": " + laoCai.nameVi(), "Phía bạn đề nghị hoãn");

        JsonNode english = history("/api/v1/meetings/" + id, officer, Locale.ENGLISH);
        String englishText = HistoryScan.readable(english, ENUMS);
        assertThat(englishText).contains("Cancelled", honghe.name("en"), "06/06/2024", label("meeting.heads", Locale.ENGLISH) + ": ",
                label("meeting.kind", Locale.ENGLISH) + ": " + label("meetingKind.TALKS", Locale.ENGLISH));
        assertThat(englishText).doesNotContain(label("meeting.status", VIETNAMESE), "Phía ta");

        assertThat(HistoryScan.pageHistory(page("/meetings/" + id, officer, VIETNAMESE), ENUMS))
                .contains("Hủy bản ghi", "thêm", "Đại tá Nguyễn Văn Hùng", laoCai.nameVi());
        assertThat(HistoryScan.pageHistory(page("/meetings/" + id, officer, Locale.ENGLISH), ENUMS))
                .contains("Cancelled", "added", "Nguyễn Văn Hùng");
    }
}
