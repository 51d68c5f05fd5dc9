package org.borderliaison.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderliaison.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.domain.AgencyReorganisation;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.agreement.AgreementBuilder;
import org.borderliaison.agreement.domain.AgreementRow;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.meeting.MeetingBuilder;
import org.borderliaison.meeting.domain.AgreementMeeting;
import org.borderliaison.meeting.domain.AgreementRelation;
import org.borderliaison.meeting.domain.DueFollowUp;
import org.borderliaison.meeting.domain.FollowUpStatus;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.domain.MeetingStatus;
import org.borderliaison.meeting.domain.MeetingFilter;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.meeting.domain.MeetingSummary;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.domain.Patrol;
import org.borderliaison.patrol.domain.PatrolDetails;
import org.borderliaison.patrol.domain.PatrolSearch;
import org.borderliaison.patrol.domain.PatrolService;
import org.borderliaison.report.SummaryQuery;
import org.borderliaison.report.SummaryService;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.NotFoundException;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.borderliaison.support.StatementLog;
import org.borderliaison.support.StatementLog.Recorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Scope over time (issue 12): a reader sees a record when one of its agencies lies in the reader's sub-tree on the
 * record's date or today, and the successor of a merge sees what it absorbed. The list filters "with its sub-units"
 * go by the record's date alone. Each test builds its own provinces, so the seeded data is untouched.
 */
class ScopeOverTimeTests extends IntegrationTest {

    private static final LocalDate MOVE = LocalDate.of(2025, 1, 1);

    @Autowired
    AgencyService agencyService;

    @Autowired
    AgencyReorganisation reorganisation;

    @Autowired
    PatrolService patrols;

    @Autowired
    MeetingService meetings;

    @Autowired
    SummaryService summaries;

    @Autowired
    AgreementService agreementService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Agencies agencies;

    String code;
    long guangxi;
    SignedInUser ministry;

    @BeforeEach
    void setUp() {
        code = "SO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        guangxi = fixtures.agency("CN-GX-GAT").id();
        ministry = fixtures.account("scope-over-time-ministry", "VN-BCA", Role.VIEWER);
    }

    /** Province A, its district moved to province B on 1 January 2025, with a patrol and a meeting on either side. */
    record Moved(long first, long second, long district, long commune, long patrol2024, long patrol2025, long meeting2024,
            long meeting2025, SignedInUser firstOfficer, SignedInUser secondOfficer) {
    }

    private Moved moved() {
        long first = province("-A");
        long second = province("-B");
        long district = fixtures.testAgency(first, code + "-A-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);
        long commune = fixtures.testAgency(district, code + "-A-H-X", AgencyKind.COMMUNE_POLICE, AgencyLevel.COMMUNE);
        long patrol2024 = patrol(commune, LocalDate.of(2024, 6, 10));
        long patrol2025 = patrol(commune, LocalDate.of(2025, 3, 10));
        long meeting2024 = meeting(commune, LocalDate.of(2024, 6, 12));
        long meeting2025 = meeting(commune, LocalDate.of(2025, 3, 12));
        fixtures.asSystemAdmin(() -> reorganisation.move(district, 0, second, MOVE));
        SignedInUser firstOfficer = fixtures.account(code.toLowerCase() + "-a", code + "-A", Role.OFFICER, Role.VIEWER);
        SignedInUser secondOfficer = fixtures.account(code.toLowerCase() + "-b", code + "-B", Role.OFFICER, Role.VIEWER);
        return new Moved(first, second, district, commune, patrol2024, patrol2025, meeting2024, meeting2025, firstOfficer,
                secondOfficer);
    }

    @Test
    void theFormerProvinceKeepsSeeingTheRecordsOfItsTimeOnlyAndTheNewOneSeesAll() throws Exception {
        Moved moved = moved();

        assertThat(patrolIds(moved.firstOfficer(), PatrolSearch.any())).as("the old province keeps 2024, not 2025")
                .containsExactly(moved.patrol2024());
        assertThat(patrolIds(moved.secondOfficer(), PatrolSearch.any())).as("today's sub-tree: both")
                .containsExactlyInAnyOrder(moved.patrol2024(), moved.patrol2025());
        assertThat(meetingIds(moved.firstOfficer(), MeetingFilter.ALL)).containsExactly(moved.meeting2024());
        assertThat(meetingIds(moved.secondOfficer(), MeetingFilter.ALL))
                .containsExactlyInAnyOrder(moved.meeting2024(), moved.meeting2025());

        // Detail: seen through history answers, the other is as missing as an unknown record (404).
        mvc.perform(get("/api/v1/patrols/{id}", moved.patrol2024()).with(user(moved.firstOfficer()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/patrols/{id}", moved.patrol2025()).with(user(moved.firstOfficer()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meetings/{id}", moved.meeting2024()).with(user(moved.firstOfficer()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/meetings/{id}", moved.meeting2025()).with(user(moved.firstOfficer()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/patrols/{id}", moved.patrol2024()).with(user(moved.secondOfficer()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/patrols").with(user(moved.firstOfficer()))).andExpect(status().isOk());
    }

    @Test
    void editingFollowsSeeing() {
        Moved moved = moved();

        // The old province corrects its unit's 2024 patrol (its own history) ...
        Patrol corrected = as(moved.firstOfficer(), () -> {
            Patrol patrol = patrols.get(moved.patrol2024());
            return patrols.update(patrol.getId(), patrol.getVersion(), details(moved.commune(), patrol.getDate(), "Sửa bởi tỉnh cũ"));
        });
        assertThat(corrected.toView().findings()).isEqualTo("Sửa bởi tỉnh cũ");
        // ... but may not date it into the time the unit is no longer its own.
        assertThatThrownBy(() -> as(moved.firstOfficer(), () -> {
            Patrol patrol = patrols.get(moved.patrol2024());
            return patrols.update(patrol.getId(), patrol.getVersion(), details(moved.commune(), LocalDate.of(2025, 2, 1), "Dời"));
        })).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> as(moved.firstOfficer(), () -> patrols.get(moved.patrol2025()))).isInstanceOf(NotFoundException.class);
        // The meetings of an agreement (its detail's panel) follow the same rule.
        long agreement = fixtures.asSystemAdmin(() -> agreementService.create(AgreementBuilder.aMemorandum()
                .between(moved.second(), guangxi).signedOn(LocalDate.of(2024, 1, 5)).command()));
        long linked2024 = meeting(MeetingBuilder.aTalk("Rà soát " + code).between(moved.commune(), guangxi)
                .on(LocalDate.of(2024, 8, 1)).agreement(agreement, AgreementRelation.REVIEWED));
        long linked2025 = meeting(MeetingBuilder.aTalk("Rà soát " + code).between(moved.commune(), guangxi)
                .on(LocalDate.of(2025, 8, 1)).agreement(agreement, AgreementRelation.REVIEWED));
        assertThat(as(moved.firstOfficer(), () -> meetings.withAgreement(agreement)).stream().map(AgreementMeeting::id))
                .containsExactly(linked2024);
        assertThat(as(moved.secondOfficer(), () -> meetings.withAgreement(agreement)).stream().map(AgreementMeeting::id))
                .containsExactly(linked2025, linked2024);
        // The meeting detail offers editing to the old province for 2024 only through seeing it at all.
        assertThat(as(moved.firstOfficer(), () -> meetings.get(moved.meeting2024())).editable()).isTrue();
        assertThat(as(moved.secondOfficer(), () -> meetings.get(moved.meeting2024())).editable()).isTrue();
    }

    @Test
    void theSubUnitFiltersGoByTheRecordsDate() {
        Moved moved = moved();

        assertThat(patrolIds(ministry, new PatrolSearch(null, null, null, moved.first(), null, null)))
                .containsExactly(moved.patrol2024());
        assertThat(patrolIds(ministry, new PatrolSearch(null, null, null, moved.second(), null, null)))
                .containsExactly(moved.patrol2025());
        assertThat(meetingIds(ministry, ours(moved.first()))).containsExactly(moved.meeting2024());
        assertThat(meetingIds(ministry, ours(moved.second()))).containsExactly(moved.meeting2025());
        // The district itself (and the commune) still has both: it moved, its own records did not.
        assertThat(patrolIds(ministry, new PatrolSearch(null, null, null, moved.district(), null, null)))
                .containsExactlyInAnyOrder(moved.patrol2024(), moved.patrol2025());
    }

    @Test
    void aSummaryFigureAndItsListAgreeAcrossTheMoveForTheProvincesOwnReaders() throws Exception {
        Moved moved = moved();
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);

        long firstFigure = as(moved.firstOfficer(), () -> summaries.summarise(new SummaryQuery(moved.first(), from, to, null, null)))
                .patrols().get(PatrolKind.BILATERAL).patrols().current().longValueExact();
        List<Long> firstList = patrolIds(moved.firstOfficer(), new PatrolSearch(null, from, to, moved.first(), null, null));
        assertThat(firstFigure).as("the old province's own reader counts its unit's 2024 patrol").isEqualTo(1);
        assertThat(firstList).hasSize((int) firstFigure).containsExactly(moved.patrol2024());

        // The meeting figure and the meeting list its link opens (?ourAgencyId=&from=&to=&kind=&status=RECORDED) agree too.
        long firstMeetings = as(moved.firstOfficer(), () -> summaries.summarise(new SummaryQuery(moved.first(), from, to, null, null)))
                .meetings().get(MeetingKind.TALKS).current().longValueExact();
        assertThat(firstMeetings).isEqualTo(1);
        assertThat(meetingIds(moved.firstOfficer(), MeetingFilter.overTime(from, to, MeetingKind.TALKS, null, null,
                as(moved.firstOfficer(), () -> agencies.subTreeOverTime(moved.first())), null, MeetingStatus.RECORDED, null)))
                .containsExactly(moved.meeting2024());

        // The former province may still ask for the moved district's figures: it gets those of its own time only.
        long districtForFirst = as(moved.firstOfficer(), () -> summaries.summarise(new SummaryQuery(moved.district(), from, to,
                null, null))).patrols().get(PatrolKind.BILATERAL).patrols().current().longValueExact();
        assertThat(districtForFirst).isEqualTo(1);
        mvc.perform(get("/api/v1/patrols/totals").param("agencyId", String.valueOf(moved.district())).param("from", "2024-01-01")
                        .param("to", "2025-12-31").with(user(moved.firstOfficer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'BILATERAL')].patrols").value(org.hamcrest.Matchers.contains(1)));
        mvc.perform(get("/api/v1/patrols/totals").param("agencyId", String.valueOf(moved.district())).param("from", "2024-01-01")
                        .param("to", "2025-12-31").with(user(moved.secondOfficer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'BILATERAL')].patrols").value(org.hamcrest.Matchers.contains(2)));

        long secondFigure = as(moved.secondOfficer(), () -> summaries.summarise(new SummaryQuery(moved.second(), from, to, null, null)))
                .patrols().get(PatrolKind.BILATERAL).patrols().current().longValueExact();
        assertThat(secondFigure).isEqualTo(1);
        assertThat(patrolIds(moved.secondOfficer(), new PatrolSearch(null, from, to, moved.second(), null, null)))
                .containsExactly(moved.patrol2025());
    }

    @Test
    void aCorrectionWithAPastDateChangesWhatTheListShows() {
        long first = province("-A");
        long second = province("-B");
        long district = fixtures.testAgency(first, code + "-A-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);
        long june = patrol(district, LocalDate.of(2024, 6, 10));
        long september = patrol(district, LocalDate.of(2024, 9, 10));
        fixtures.asSystemAdmin(() -> reorganisation.move(district, 0, second, MOVE));
        SignedInUser firstOfficer = fixtures.account(code.toLowerCase() + "-a", code + "-A", Role.OFFICER, Role.VIEWER);
        assertThat(patrolIds(firstOfficer, PatrolSearch.any())).containsExactlyInAnyOrder(june, september);

        Long placement = jdbc.queryForObject("select id from agency_placement where agency_id = ? and parent_id = ?", Long.class,
                district, second);
        fixtures.asSystemAdmin(() -> reorganisation.correctPlacement(district, placement, second, LocalDate.of(2024, 7, 1)));

        assertThat(patrolIds(firstOfficer, PatrolSearch.any())).containsExactly(june);
        assertThat(patrolIds(ministry, new PatrolSearch(null, null, null, second, null, null))).containsExactly(september);
    }

    @Test
    void theSuccessorOfAMergeSeesTheHistoryOfWhatItAbsorbed() throws Exception {
        long absorbed = province("-YB");
        long successor = province("-LC");
        long unit = fixtures.testAgency(absorbed, code + "-YB-1", AgencyKind.PROVINCIAL_UNIT, AgencyLevel.PROVINCIAL);
        long ownPatrol = patrol(absorbed, LocalDate.of(2024, 5, 1));
        long unitPatrol = patrol(unit, LocalDate.of(2024, 6, 1));
        long ownMeeting = meeting(absorbed, LocalDate.of(2024, 5, 2));
        SignedInUser absorbedOfficer = fixtures.account(code.toLowerCase() + "-yb", code + "-YB", Role.OFFICER, Role.VIEWER);
        SignedInUser successorOfficer = fixtures.account(code.toLowerCase() + "-lc", code + "-LC", Role.OFFICER, Role.VIEWER);
        assertThat(patrolIds(successorOfficer, PatrolSearch.any())).as("before the merge").isEmpty();

        fixtures.asSystemAdmin(() -> agencyService.dissolve(absorbed, 0, LocalDate.of(2025, 7, 1), successor));

        assertThat(patrolIds(successorOfficer, PatrolSearch.any())).containsExactlyInAnyOrder(ownPatrol, unitPatrol);
        assertThat(meetingIds(successorOfficer, MeetingFilter.ALL)).containsExactly(ownMeeting);
        mvc.perform(get("/api/v1/patrols/{id}", ownPatrol).with(user(successorOfficer))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/meetings/{id}", ownMeeting).with(user(successorOfficer))).andExpect(status().isOk());
        // The successor's readers print the absorbed province's past summary.
        long absorbed2024 = as(successorOfficer, () -> summaries.summarise(new SummaryQuery(absorbed, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), null, null))).patrols().get(PatrolKind.BILATERAL).patrols().current().longValueExact();
        assertThat(absorbed2024).isEqualTo(2);
        // An account left on the absorbed province keeps its history: its own and its former unit's records.
        assertThat(patrolIds(absorbedOfficer, PatrolSearch.any())).containsExactlyInAnyOrder(ownPatrol, unitPatrol);
    }

    @Test
    void aScopeNoReorganisationTouchedSendsThePlainAgencyListAndOnlyABoundedCheckMore() throws Exception {
        long untouched = province("-P");
        long district = fixtures.testAgency(untouched, code + "-P-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);
        long meeting = meeting(district, LocalDate.of(2024, 6, 12));
        long patrol = patrol(district, LocalDate.of(2024, 6, 10));
        SignedInUser reader = fixtures.account(code.toLowerCase() + "-p", code + "-P", Role.VIEWER);

        Recorded plain = StatementLog.during(() -> meetingIds(reader, MeetingFilter.ALL));
        assertThat(meetingIds(reader, MeetingFilter.ALL)).containsExactly(meeting);
        assertThat(plain.touching("agency_lineage")).as("the bounded check of the scope's lineage").hasSize(1);
        assertThat(plain.statements()).filteredOn(sql -> sql.contains("meeting")).isNotEmpty()
                .noneMatch(ScopeOverTimeTests::datedOnStartDate);
        Recorded plainPatrols = StatementLog.during(() -> patrolIds(reader, PatrolSearch.any()));
        assertThat(patrolIds(reader, PatrolSearch.any())).containsExactly(patrol);
        assertThat(plainPatrols.statements()).filteredOn(sql -> sql.contains("patrol")).isNotEmpty()
                .noneMatch(sql -> sql.toLowerCase().matches("(?s).*patrol_date\\s*(>=|<)\\s*\\?.*"));

        // The same lists for a province a move touched carry the date condition: the fast path is the exception's absence.
        Moved moved = moved();
        Recorded dated = StatementLog.during(() -> meetingIds(moved.firstOfficer(), MeetingFilter.ALL));
        assertThat(dated.statements()).filteredOn(sql -> sql.contains("meeting")).anyMatch(ScopeOverTimeTests::datedOnStartDate);
    }

    @Test
    void theFormPickersOfferTheScopeOverTimeAndTheSaveRuleDecidesByTheRecordsDate() throws Exception {
        Moved moved = moved();
        province("-C");
        SignedInUser elsewhere = fixtures.account(code.toLowerCase() + "-c", code + "-C", Role.OFFICER);

        // The former province is offered its former district (under B today) and the commune, for late records of their time.
        mvc.perform(get("/agencies/picker").param("scope", "mine").param("q", code + "-A-H").with(user(moved.firstOfficer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-id=\"" + moved.district() + "\"")))
                .andExpect(content().string(containsString("data-id=\"" + moved.commune() + "\"")));
        mvc.perform(get("/agencies/picker").param("scope", "mine").param("q", code + "-A-H").with(user(moved.secondOfficer())))
                .andExpect(content().string(containsString("data-id=\"" + moved.district() + "\"")));
        mvc.perform(get("/agencies/picker").param("scope", "mine").param("q", code + "-A-H").with(user(elsewhere)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-id=\"" + moved.district() + "\""))));

        // The save rule decides by the record's date: 2024 is the former province's, 2025 a field error in Vietnamese.
        int before = patrolIds(moved.secondOfficer(), PatrolSearch.any()).size();
        mvc.perform(patrolForm(moved.commune(), LocalDate.of(2024, 8, 20)).with(user(moved.firstOfficer())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(patrolForm(moved.commune(), LocalDate.of(2025, 2, 20)).with(user(moved.firstOfficer())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "ourAgencyId"))
                .andExpect(content().string(containsString("Đơn vị này không thuộc phạm vi quản lý của tài khoản.")));
        assertThat(patrolIds(moved.secondOfficer(), PatrolSearch.any())).as("the 2024 patrol only").hasSize(before + 1);
    }

    @Test
    void theSuccessorOfAMergeIsOfferedTheDissolvedAgencyItAbsorbed() throws Exception {
        long absorbed = province("-YB");
        long successor = province("-LC");
        fixtures.asSystemAdmin(() -> agencyService.dissolve(absorbed, 0, LocalDate.of(2025, 7, 1), successor));
        SignedInUser successorOfficer = fixtures.account(code.toLowerCase() + "-lc", code + "-LC", Role.OFFICER, Role.VIEWER);

        mvc.perform(get("/agencies/picker").param("scope", "mine").param("q", code + "-YB").with(user(successorOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-id=\"" + absorbed + "\"")))
                .andExpect(content().string(containsString("Giải thể từ 01/07/2025")));
        mvc.perform(patrolForm(absorbed, LocalDate.of(2024, 3, 5)).with(user(successorOfficer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void dueFollowUpsGoByTheMeetingsDateOnTheCardThePageItsExportAndTheApi() throws Exception {
        Moved moved = moved();
        LocalDate today = LocalDate.now();
        String ofTheirTime = "Trao đổi danh sách 2024 " + code;
        String afterTheMove = "Trao đổi danh sách 2025 " + code;
        long meeting2024 = meeting(MeetingBuilder.aTalk("Hội đàm " + code).between(moved.commune(), guangxi)
                .on(LocalDate.of(2024, 9, 3)).followUp(ofTheirTime, moved.commune(), today.plusDays(3), FollowUpStatus.OPEN));
        long meeting2025 = meeting(MeetingBuilder.aTalk("Hội đàm " + code).between(moved.commune(), guangxi)
                .on(LocalDate.of(2025, 9, 3)).followUp(afterTheMove, moved.commune(), today.minusDays(2), FollowUpStatus.OPEN));

        assertThat(dueMeetingIds(moved.firstOfficer())).containsExactly(meeting2024);
        assertThat(as(moved.firstOfficer(), () -> meetings.countDueFollowUps())).isEqualTo(1);
        assertThat(dueMeetingIds(moved.secondOfficer())).as("soonest first: the overdue one").containsExactly(meeting2025, meeting2024);
        assertThat(as(moved.secondOfficer(), () -> meetings.countDueFollowUps())).isEqualTo(2);

        mvc.perform(get("/api/v1/meetings/follow-ups/due").with(user(moved.firstOfficer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].meetingId").value(org.hamcrest.Matchers.contains((int) meeting2024)));
        for (String page : List.of("/", "/meetings/follow-ups", "/meetings/follow-ups/export.csv")) {
            mvc.perform(get(page).with(user(moved.firstOfficer())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(ofTheirTime)))
                    .andExpect(content().string(not(containsString(afterTheMove))));
        }
    }

    @Test
    void theAgreementsToRenewAndTheRecentPatrolsOfTheHomeCardsGoByTheRecordsDateToo() {
        Moved moved = moved();
        LocalDate soon = LocalDate.now().plusDays(20);
        long agreement2024 = fixtures.asSystemAdmin(() -> agreementService.create(AgreementBuilder.aMemorandum()
                .between(moved.commune(), guangxi).signedOn(LocalDate.of(2024, 2, 1)).validTo(soon).command()));
        long agreement2025 = fixtures.asSystemAdmin(() -> agreementService.create(AgreementBuilder.aMemorandum()
                .between(moved.commune(), guangxi).signedOn(LocalDate.of(2025, 2, 1)).validTo(soon).command()));

        assertThat(as(moved.firstOfficer(), () -> agreementService.expiring(20)).stream().map(AgreementRow::id))
                .contains(agreement2024).doesNotContain(agreement2025);
        assertThat(as(moved.firstOfficer(), () -> agreementService.countExpiring())).isEqualTo(1);
        assertThat(as(moved.secondOfficer(), () -> agreementService.expiring(20)).stream().map(AgreementRow::id))
                .contains(agreement2024, agreement2025);
        // The recent patrols card reads the patrol list's first page, newest first.
        assertThat(as(moved.firstOfficer(), () -> patrols.search(PatrolSearch.any(), PageRequest.of(0, 5,
                Sort.by(Sort.Direction.DESC, "date"))).getContent().stream().map(Patrol::getId).toList()))
                .containsExactly(moved.patrol2024());
    }

    private List<Long> dueMeetingIds(SignedInUser reader) {
        return as(reader, () -> meetings.dueFollowUps(PageRequest.of(0, 50)).getContent().stream().map(DueFollowUp::meetingId).toList());
    }

    /** The patrol form as a browser posts it, with our agency and date chosen. */
    private MockHttpServletRequestBuilder patrolForm(long ours, LocalDate day) {
        return post("/patrols/new").param("kind", "BILATERAL").param("date", day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .param("startTime", "07:30").param("endTime", "11:00").param("ourAgencyId", String.valueOf(ours))
                .param("partnerAgencyId", String.valueOf(guangxi)).param("segmentFrom", "1100").param("segmentTo", "")
                .param("borderGateId", "").param("ourPersonnel", "12").param("partnerPersonnel", "10").param("findings", "Tuần tra muộn");
    }

    private static boolean datedOnStartDate(String sql) {
        return sql.toLowerCase().matches("(?s).*start_date\\s*(>=|<)\\s*\\?.*");
    }

    // ---- helpers

    private List<Long> patrolIds(SignedInUser reader, PatrolSearch search) {
        return as(reader, () -> patrols.search(search, PageRequest.of(0, 50, Sort.by("id"))).getContent().stream()
                .map(Patrol::getId).toList());
    }

    private List<Long> meetingIds(SignedInUser reader, MeetingFilter filter) {
        return as(reader, () -> meetings.list(filter, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "startDate", "id")))
                .getContent().stream().map(MeetingSummary::id).toList());
    }

    private MeetingFilter ours(long agencyId) {
        // As the list's query builds it from ?ourAgencyId= (MeetingQuery.toFilter).
        return as(ministry, () -> MeetingFilter.overTime(null, null, null, null, null, agencies.subTreeOverTime(agencyId), null,
                null, null));
    }

    private long patrol(long agencyId, LocalDate day) {
        return fixtures.asSystemAdmin(() -> patrols.create(details(agencyId, day, "Tuần tra thử nghiệm")).getId());
    }

    private PatrolDetails details(long agencyId, LocalDate day, String findings) {
        return new PatrolDetails(PatrolKind.BILATERAL, day, null, null, agencyId, guangxi, "1100", null, null, 12, 10, findings);
    }

    private long meeting(MeetingBuilder meeting) {
        return fixtures.asSystemAdmin(() -> meetings.create(meeting.details()).id());
    }

    private long meeting(long agencyId, LocalDate day) {
        return fixtures.asSystemAdmin(() -> meetings.create(MeetingBuilder.aTalk("Hội đàm " + code).between(agencyId, guangxi)
                .on(day).details()).id());
    }

    private long province(String suffix) {
        return fixtures.testAgency(fixtures.agency("VN-BCA").id(), code + suffix, AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
    }

}
