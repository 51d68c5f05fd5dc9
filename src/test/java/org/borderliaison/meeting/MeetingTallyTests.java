package org.borderliaison.meeting;

import static org.borderliaison.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.meeting.domain.MeetingView;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The aggregate the yearly summary reads, over the demo data of the articles; and the delete guard. */
class MeetingTallyTests extends IntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2018, 1, 1);
    private static final LocalDate TO = LocalDate.of(2022, 3, 23);

    @Autowired
    Meetings meetings;

    @Autowired
    MeetingService service;

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void langSonsTalliesWithGuangxiAddUpToTheFiguresOfTheReport() {
        long guangxi = fixtures.agency("CN-GX-GAT").id();
        Set<Long> langSon = fixtures.asSystemAdmin(() -> agencies.subTreeIds(fixtures.agency("VN-LS-CA").id()));

        Map<MeetingKind, Long> sums = fixtures.asSystemAdmin(() -> meetings.countByKind(langSon, FROM, TO, Set.of(guangxi), null));

        assertThat(sums).containsExactlyInAnyOrderEntriesOf(Map.of(
                MeetingKind.OUTGOING_DELEGATION, 3L,
                MeetingKind.FIELD_TALKS, 51L,
                MeetingKind.LETTER_EXCHANGE, 950L,
                MeetingKind.HOTLINE_CONTACT, 1000L));
        // The same by partner country, and as Lạng Sơn's own officer (their scope covers it all).
        SignedInUser officer = fixtures.account("mt-tally-officer-ls", "VN-LS-CA", Role.OFFICER);
        assertThat(as(officer, () -> meetings.countByKind(langSon, FROM, TO, null, Country.CN))).isEqualTo(sums);
        // Without a partner filter too: the V02 department's visit of 23/3/2022 is a domestic visit, no cooperation.
        assertThat(as(officer, () -> meetings.countByKind(langSon, FROM, TO, null, null)))
                .doesNotContainKey(MeetingKind.DOMESTIC_VISIT).doesNotContainKey(MeetingKind.TALKS)
                .containsEntry(MeetingKind.HOTLINE_CONTACT, 1000L);
        // Another province's officer sees none of it; a period that ends a day early loses the last tallies.
        SignedInUser laoCai = fixtures.account("mt-tally-officer-lc", "VN-LC-CA", Role.OFFICER);
        assertThat(as(laoCai, () -> meetings.countByKind(langSon, FROM, TO, Set.of(guangxi), null))).isEmpty();
        assertThat(fixtures.asSystemAdmin(() -> meetings.countByKind(langSon, FROM, TO.minusDays(30), Set.of(guangxi), null)))
                .containsEntry(MeetingKind.LETTER_EXCHANGE, 950L - 18).containsEntry(MeetingKind.FIELD_TALKS, 51L);
    }

    @Test
    void cancelledMeetingsDoNotCount() {
        long laoCai = fixtures.agency("VN-LC-CA").id();
        long hekou = fixtures.agency("CN-HK-GAJ").id();
        LocalDate day = LocalDate.of(2019, 2, 3);
        Set<Long> ours = Set.of(laoCai);
        Map<MeetingKind, Long> before = fixtures.asSystemAdmin(() -> meetings.countByKind(ours, day, day, null, null));
        MeetingView tally = fixtures.asSystemAdmin(() -> service.create(
                MeetingBuilder.aTally(MeetingKind.HOTLINE_CONTACT, 40, MeetingApiTests.unique("Liên lạc")).between(laoCai, hekou).on(day).details()));
        assertThat(fixtures.asSystemAdmin(() -> meetings.countByKind(ours, day, day, null, null)).get(MeetingKind.HOTLINE_CONTACT))
                .isEqualTo(before.getOrDefault(MeetingKind.HOTLINE_CONTACT, 0L) + 40);
        fixtures.asSystemAdmin(() -> service.cancel(tally.id(), tally.version(), "Ghi nhầm"));
        assertThat(fixtures.asSystemAdmin(() -> meetings.countByKind(ours, day, day, null, null))).isEqualTo(before);
    }

    @Test
    void aMeetingThatAnotherRecordRefersToIsNotDeleted() throws Exception {
        SignedInUser admin = fixtures.account("mt-tally-admin", "VN-BCA", Role.ADMIN);
        MeetingView meeting = fixtures.asSystemAdmin(() -> service.create(MeetingBuilder.aTalk(MeetingApiTests.unique("Hội đàm được tham chiếu"))
                .between(fixtures.agency("VN-LC-CA").id(), fixtures.agency("CN-HK-GAJ").id()).details()));
        // Stands in for the records of later modules (agreements signed at a meeting) that will point at meetings.
        String table = "test_meeting_reference_" + Math.abs(System.nanoTime() % 1_000_000);
        jdbc.execute("create table " + table + " (meeting_id bigint not null, constraint fk_" + table
                + " foreign key (meeting_id) references meeting (id))");
        try {
            jdbc.update("insert into " + table + " (meeting_id) values (?)", meeting.id());
            mvc.perform(delete("/api/v1/meetings/{id}", meeting.id()).with(user(admin)).with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.detail").value("Không thể xóa: bản ghi này đang được hồ sơ khác tham chiếu. Hãy hủy bản ghi thay vì xóa."));
            mvc.perform(get("/api/v1/meetings/{id}", meeting.id()).with(user(admin)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.partnerAgencies.length()").value(1))
                    .andExpect(jsonPath("$.heads.length()").value(0));
        } finally {
            jdbc.execute("drop table " + table);
        }
    }
}
