package org.borderliaison.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderliaison.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.domain.AgencyDetails;
import org.borderliaison.agency.domain.AgencyReorganisation;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.meeting.MeetingBuilder;
import org.borderliaison.meeting.domain.MeetingFilter;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.meeting.domain.MeetingSummary;
import org.borderliaison.shared.AgencyTreeChanged;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.ScopeCache;
import org.borderliaison.shared.ScopeService;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reader's scope is kept across requests ({@link ScopeCache}), and an administrator's change of the tree reaches the
 * reader's very next page: each test first lets the reader's pages keep the scope, then changes the tree through the
 * service or the API, and asks again. A kept scope that outlived the change would show the old answer; so would a kept
 * agency name ({@code Agencies.findAll}, kept with the scopes).
 */
class ScopeAcrossRequestsTests extends IntegrationTest {

    private static final LocalDate MOVE = LocalDate.of(2025, 1, 1);

    @Autowired
    AgencyService agencyService;

    @Autowired
    AgencyReorganisation reorganisation;

    @Autowired
    MeetingService meetings;

    @Autowired
    ScopeCache cache;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Agencies agencies;

    @Autowired
    Clock clock;

    String code;
    long guangxi;
    SignedInUser admin;

    @BeforeEach
    void setUp() {
        code = "SC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        guangxi = fixtures.agency("CN-GX-GAT").id();
        admin = fixtures.account("scope-across-admin", "VN-BCA", Role.ADMIN);
    }

    @Test
    void aMoveThroughTheApiChangesTheReadersListAndDetailAtOnce() throws Exception {
        long first = province("-A");
        long second = province("-B");
        long district = fixtures.testAgency(first, code + "-A-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);
        long meeting2024 = meeting(district, LocalDate.of(2024, 6, 12));
        long meeting2025 = meeting(district, LocalDate.of(2025, 3, 12));
        SignedInUser firstReader = reader("-a", "-A");
        SignedInUser secondReader = reader("-b", "-B");
        // Both readers' pages keep their scopes.
        listShows(firstReader, meeting2024, meeting2025);
        detail(firstReader, meeting2025, 200);
        listShows(secondReader);
        detail(secondReader, meeting2024, 404);

        mvc.perform(post("/api/v1/agencies/{id}/move", district).with(user(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"parentId\":" + second + ",\"effectiveDate\":\"" + MOVE + "\"}"))
                .andExpect(status().isOk());

        listShows(firstReader, meeting2024);
        detail(firstReader, meeting2025, 404);
        detail(firstReader, meeting2024, 200);
        listShows(secondReader, meeting2024, meeting2025);
        detail(secondReader, meeting2024, 200);
    }

    @Test
    void aMergeThroughTheServiceGivesTheSuccessorsReaderTheAbsorbedHistoryAtOnce() throws Exception {
        long absorbed = province("-YB");
        long successor = province("-LC");
        long unit = fixtures.testAgency(absorbed, code + "-YB-1", AgencyKind.PROVINCIAL_UNIT, AgencyLevel.PROVINCIAL);
        long own = meeting(absorbed, LocalDate.of(2024, 5, 2));
        long ofUnit = meeting(unit, LocalDate.of(2024, 6, 2));
        SignedInUser successorReader = reader("-lc", "-LC");
        listShows(successorReader);
        detail(successorReader, own, 404);

        fixtures.asSystemAdmin(() -> agencyService.dissolve(absorbed, 0, LocalDate.of(2025, 7, 1), successor));

        listShows(successorReader, own, ofUnit);
        detail(successorReader, own, 200);
        detail(successorReader, ofUnit, 200);
    }

    @Test
    void endingTheDistrictPoliceThroughTheApiTakesTheCommunesLaterRecordsFromTheDistrictsReaderAtOnce() throws Exception {
        long province = province("-P");
        long district = fixtures.testAgency(province, code + "-P-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);
        long commune = fixtures.testAgency(district, code + "-P-H-X", AgencyKind.COMMUNE_POLICE, AgencyLevel.COMMUNE);
        long before = meeting(commune, LocalDate.of(2024, 11, 5));
        long after = meeting(commune, LocalDate.of(2025, 4, 5));
        SignedInUser districtReader = reader("-h", "-P-H");
        listShows(districtReader, before, after);
        detail(districtReader, after, 200);

        mvc.perform(post("/api/v1/agencies/{id}/end-units", province).with(user(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"DISTRICT_POLICE\",\"effectiveDate\":\"2025-03-01\"}"))
                .andExpect(status().isOk());

        listShows(districtReader, before);
        detail(districtReader, after, 404);
        detail(districtReader, before, 200);
    }

    @Test
    void anAgencyRaisedToTheCentralLevelSeesEverythingAtOnce() throws Exception {
        long province = province("-C");
        long elsewhere = meeting(province("-E"), LocalDate.of(2024, 2, 3));
        SignedInUser reader = reader("-c", "-C");
        detail(reader, elsewhere, 404);

        fixtures.asSystemAdmin(() -> agencyService.update(province, 0, new AgencyDetails(code + "-C", AgencyKind.MINISTRY,
                AgencyLevel.CENTRAL, "Đơn vị thử nghiệm " + code + "-C", null, null, null)));

        detail(reader, elsewhere, 200);
    }

    @Test
    void anAgencysCorrectedNameIsOnTheRecordPagesAtOnce() throws Exception {
        long province = province("-N");
        long meeting = meeting(province, LocalDate.of(2024, 8, 1));
        SignedInUser reader = reader("-n", "-N");
        // The page names the agency from the views kept across requests (Agencies.findAll).
        assertThat(detailPage(reader, meeting)).contains("Đơn vị thử nghiệm " + code + "-N");
        assertThat(detailPage(reader, meeting)).contains("Đơn vị thử nghiệm " + code + "-N");

        fixtures.asSystemAdmin(() -> agencyService.update(province, 0, new AgencyDetails(code + "-N", AgencyKind.PROVINCIAL_POLICE,
                AgencyLevel.PROVINCIAL, "Công an đổi tên " + code, null, null, null)));

        assertThat(detailPage(reader, meeting)).contains("Công an đổi tên " + code)
                .doesNotContain("Đơn vị thử nghiệm " + code + "-N");
    }

    @Test
    void aChangeRolledBackDropsWhatAReaderWorkedOutInsideItsTransaction() {
        long first = province("-RA");
        long second = province("-RB");
        long district = fixtures.testAgency(first, code + "-RA-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);
        long meeting2025 = meeting(district, LocalDate.of(2025, 3, 12));
        SignedInUser firstReader = reader("-ra", "-RA");

        transactions.executeWithoutResult(status -> {
            fixtures.asSystemAdmin(() -> reorganisation.move(district, 0, second, MOVE));
            assertThat(meetingIds(firstReader)).as("inside the moving transaction").doesNotContain(meeting2025);
            status.setRollbackOnly();
        });

        assertThat(meetingIds(firstReader)).as("the move never happened").contains(meeting2025);
    }

    @Test
    void theTreeChangesOnlyWhenItsTransactionHasEnded() {
        long before = cache.localGeneration();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new AgencyTreeChanged(1));
            assertThat(cache.localGeneration()).as("not yet committed").isEqualTo(before);
        });
        assertThat(cache.localGeneration()).isEqualTo(before + 1);

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new AgencyTreeChanged(1));
            status.setRollbackOnly();
        });
        assertThat(cache.localGeneration()).as("rolled back: dropped too").isEqualTo(before + 2);
    }

    @Test
    void aChangeMadeOnOneInstanceReachesTheReadersOfAnotherAtOnce() {
        // Another instance over the same database: its own cache, which no event of this one reaches.
        ScopeService otherInstance = new ScopeService(agencies, clock, new ScopeCache());
        long absorbed = province("-OY");
        long successor = province("-OL");
        long own = meeting(absorbed, LocalDate.of(2024, 5, 2));
        SignedInUser successorReader = reader("-ol", "-OL");
        assertThat(as(successorReader, () -> otherInstance.covers(absorbed, LocalDate.of(2024, 5, 2)))).isFalse();
        assertThat(as(successorReader, () -> otherInstance.visible().orElseThrow().ids())).doesNotContain(absorbed);

        fixtures.asSystemAdmin(() -> agencyService.dissolve(absorbed, 0, LocalDate.of(2025, 7, 1), successor));

        assertThat(as(successorReader, () -> otherInstance.visible().orElseThrow().ids())).contains(absorbed);
        assertThat(as(successorReader, () -> otherInstance.covers(absorbed, LocalDate.of(2024, 5, 2)))).isTrue();
        assertThat(meetingIds(successorReader)).contains(own);
    }

    // ---- helpers

    /** The reader's meeting list page shows exactly these of this test's meetings (each row names its title once). */
    private void listShows(SignedInUser reader, long... shown) throws Exception {
        String page = mvc.perform(get("/meetings").with(user(reader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (long id : shown) {
            assertThat(page).as("meeting %d listed", id).contains("/meetings/" + id + "\"");
        }
        int rows = page.split(java.util.regex.Pattern.quote("Hội đàm " + code), -1).length - 1;
        assertThat(rows).as("no other meeting of this test listed").isEqualTo(shown.length);
    }

    private String detailPage(SignedInUser reader, long meeting) throws Exception {
        return mvc.perform(get("/meetings/{id}", meeting).with(user(reader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void detail(SignedInUser reader, long meeting, int status) throws Exception {
        mvc.perform(get("/meetings/{id}", meeting).with(user(reader))).andExpect(status().is(status));
    }

    private List<Long> meetingIds(SignedInUser reader) {
        return as(reader, () -> meetings.list(MeetingFilter.ALL, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "startDate", "id")))
                .getContent().stream().map(MeetingSummary::id).toList());
    }

    private SignedInUser reader(String suffix, String agencySuffix) {
        return fixtures.account(code.toLowerCase() + suffix, code + agencySuffix, Role.VIEWER);
    }

    private long meeting(long agencyId, LocalDate day) {
        return fixtures.asSystemAdmin(() -> meetings.create(MeetingBuilder.aTalk("Hội đàm " + code + " " + day).between(agencyId, guangxi)
                .on(day).details()).id());
    }

    private long province(String suffix) {
        return fixtures.testAgency(fixtures.agency("VN-BCA").id(), code + suffix, AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
    }

}
