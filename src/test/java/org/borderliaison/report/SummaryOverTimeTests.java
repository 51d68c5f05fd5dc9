package org.borderliaison.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderliaison.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.domain.AgencyReorganisation;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.domain.PatrolDetails;
import org.borderliaison.patrol.domain.PatrolService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records count for the hierarchy of their own date: a move, a merge and a correction with a past date change
 * where later records go, never where earlier ones went. Each test builds its own provinces, so the seeded figures
 * are untouched.
 */
class SummaryOverTimeTests extends IntegrationTest {

    @Autowired
    SummaryService summaries;

    @Autowired
    AgencyService agencyService;

    @Autowired
    AgencyReorganisation reorganisation;

    @Autowired
    PatrolService patrols;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser ministry;
    String code;
    long guangxi;

    @BeforeEach
    void setUp() {
        ministry = fixtures.account("over-time-viewer", "VN-BCA", Role.VIEWER);
        code = "OT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        guangxi = fixtures.agency("CN-GX-GAT").id();
    }

    @Test
    void aMovedDistrictLeavesItsEarlierRecordsWithTheFormerProvince() throws Exception {
        long first = province("-A");
        long second = province("-B");
        long district = fixtures.testAgency(first, code + "-A-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);
        long commune = fixtures.testAgency(district, code + "-A-H-X", AgencyKind.COMMUNE_POLICE, AgencyLevel.COMMUNE);
        patrol(commune, LocalDate.of(2024, 6, 10));
        patrol(commune, LocalDate.of(2025, 3, 10));
        long firstBefore = patrolsOf(first, 2024);

        fixtures.asSystemAdmin(() -> reorganisation.move(district, 0, second, LocalDate.of(2025, 1, 1)));

        assertThat(patrolsOf(first, 2024)).as("the first province's 2024 summary is unchanged").isEqualTo(firstBefore).isEqualTo(1);
        assertThat(patrolsOf(first, 2025)).isZero();
        assertThat(patrolsOf(second, 2024)).isZero();
        assertThat(patrolsOf(second, 2025)).isEqualTo(1);
        // A period across the move is split at it: each half counts where it belonged then.
        assertThat(patrols(first, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))).isEqualTo(1);
        assertThat(patrols(second, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))).isEqualTo(1);
        Summary secondAcross = summary(second, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(secondAcross.byMonth().stream().filter(month -> month.activity().patrols() > 0)
                .map(month -> month.month().toString())).containsExactly("2025-03");
        // The totals endpoint splits the period alike.
        mvc.perform(get("/api/v1/patrols/totals").param("agencyId", String.valueOf(first)).param("from", "2024-01-01")
                        .param("to", "2025-12-31").with(user(ministry)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'BILATERAL')].patrols").value(org.hamcrest.Matchers.contains(1)));
    }

    @Test
    void theSuccessorOfAMergeCountsTheAbsorbedUnitsFromTheMergeOnly() {
        long absorbed = province("-YB");
        long successor = province("-LC");
        long unit = fixtures.testAgency(absorbed, code + "-YB-1", AgencyKind.PROVINCIAL_UNIT, AgencyLevel.PROVINCIAL);
        patrol(unit, LocalDate.of(2024, 5, 1));
        patrol(unit, LocalDate.of(2025, 3, 1));
        patrol(unit, LocalDate.of(2025, 8, 1));
        long absorbed2024 = patrolsOf(absorbed, 2024);

        fixtures.asSystemAdmin(() -> agencyService.dissolve(absorbed, 0, LocalDate.of(2025, 7, 1), successor));

        assertThat(patrolsOf(absorbed, 2024)).as("the absorbed province's past summary is unchanged").isEqualTo(absorbed2024).isEqualTo(1);
        assertThat(patrolsOf(absorbed, 2025)).isEqualTo(1);
        assertThat(patrolsOf(successor, 2024)).isZero();
        assertThat(patrolsOf(successor, 2025)).as("from 1 July 2025 only").isEqualTo(1);
        assertThat(patrols(successor, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31))).isEqualTo(1);
    }

    @Test
    void aCorrectionWithAPastDateChangesWhereTheRecordsBetweenCount() {
        long first = province("-A");
        long second = province("-B");
        long district = fixtures.testAgency(first, code + "-A-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);
        patrol(district, LocalDate.of(2024, 6, 10));
        patrol(district, LocalDate.of(2024, 9, 10));
        fixtures.asSystemAdmin(() -> reorganisation.move(district, 0, second, LocalDate.of(2025, 1, 1)));
        assertThat(patrolsOf(first, 2024)).isEqualTo(2);

        Long placement = jdbc.queryForObject("select id from agency_placement where agency_id = ? and parent_id = ?", Long.class,
                district, second);
        fixtures.asSystemAdmin(() -> reorganisation.correctPlacement(district, placement, second, LocalDate.of(2024, 7, 1)));

        assertThat(patrolsOf(first, 2024)).isEqualTo(1);
        assertThat(patrolsOf(second, 2024)).isEqualTo(1);
    }

    private long patrolsOf(long agencyId, int year) {
        return patrols(agencyId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private long patrols(long agencyId, LocalDate from, LocalDate to) {
        return summary(agencyId, from, to).patrols().get(PatrolKind.BILATERAL).patrols().current().longValueExact();
    }

    private Summary summary(long agencyId, LocalDate from, LocalDate to) {
        return as(ministry, () -> summaries.summarise(new SummaryQuery(agencyId, from, to, null, null)));
    }

    private void patrol(long agencyId, LocalDate day) {
        fixtures.asSystemAdmin(() -> patrols.create(new PatrolDetails(PatrolKind.BILATERAL, day, null, null, agencyId, guangxi,
                "1100", null, null, 12, 10, "Tuần tra thử nghiệm")));
    }

    private long province(String suffix) {
        return fixtures.testAgency(fixtures.agency("VN-BCA").id(), code + suffix, AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
    }

}
