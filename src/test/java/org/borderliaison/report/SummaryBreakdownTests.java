package org.borderliaison.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderliaison.support.SignedIn.as;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.domain.PatrolDetails;
import org.borderliaison.patrol.domain.PatrolService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The summary's breakdowns by month and by partner add up to its figures, and reorganisations of agencies do not
 * move past records: a dissolved unit merged into another province's unit still counts for its own province.
 */
class SummaryBreakdownTests extends IntegrationTest {

    @Autowired
    SummaryService summaries;

    @Autowired
    AgencyService agencyService;

    @Autowired
    PatrolService patrolService;

    @Test
    void everyMonthOfThePeriodIsThereAndTheMonthsAddUpToTheFigures() {
        SignedInUser reporter = fixtures.account("sum-reporter-ls", "VN-LS-CA", Role.REPORTER);
        Summary summary = as(reporter, () -> summaries.summarise(new SummaryQuery(fixtures.agency("VN-LS-CA").id(),
                LocalDate.of(2018, 1, 1), LocalDate.of(2022, 3, 23), fixtures.agency("CN-GX-GAT").id(), null)));

        assertThat(summary.byMonth()).hasSize(51);
        assertThat(summary.byMonth().get(0).month()).isEqualTo(YearMonth.of(2018, 1));
        assertThat(summary.byMonth().get(50).month()).isEqualTo(YearMonth.of(2022, 3));
        Activity months = summary.byMonth().stream().map(Activity.InMonth::activity).reduce(Activity.NONE, Activity::plus);
        long meetingEvents = summary.meetings().values().stream().mapToLong(figure -> figure.current().longValueExact()).sum();
        assertThat(meetingEvents).isGreaterThanOrEqualTo(3 + 51 + 950 + 1000);
        assertThat(months.meetings()).isEqualTo(meetingEvents);
        assertThat(months.cases()).isEqualTo(summary.cases().values().stream()
                .mapToLong(figure -> figure.cases().current().longValueExact()).sum());
        long persons = summary.handovers().values().stream().flatMap(byCategory -> byCategory.entrySet().stream())
                .filter(entry -> entry.getKey().persons())
                .mapToLong(entry -> entry.getValue().quantity().current().longValueExact()).sum();
        assertThat(persons).isGreaterThanOrEqualTo(2266 + 12962 + 16 + 17);
        assertThat(months.persons()).isEqualTo(persons);
        // The demo tallies of letters are monthly: the trend has activity in most months, not one spike.
        assertThat(summary.byMonth().stream().filter(month -> month.activity().meetings() > 0).count()).isGreaterThan(40);
    }

    @Test
    void thePartnerSplitGroupsSubUnitsUnderTheirProvinceAndAddsUpForSinglePartnerRecords() {
        SignedInUser viewer = fixtures.account("sum-viewer-bdbp", "VN-LC-BDBP", Role.VIEWER);
        Summary summary = as(viewer, () -> summaries.summarise(new SummaryQuery(fixtures.agency("VN-LC-BDBP").id(),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, null)));

        long patrols = summary.patrols().values().stream().mapToLong(figure -> figure.patrols().current().longValueExact()).sum();
        assertThat(patrols).isGreaterThanOrEqualTo(30 + 22);
        // A patrol has one partner: the partner split adds up to the patrols exactly, like the months.
        assertThat(summary.byPartner().stream().mapToLong(row -> row.activity().patrols()).sum()).isEqualTo(patrols);
        assertThat(summary.byMonth().stream().mapToLong(row -> row.activity().patrols()).sum()).isEqualTo(patrols);
        assertThat(summary.byMonth()).hasSize(12);
        // Each partner shown is the top provincial-level agency above the unit patrolled with (or the unit itself).
        AgencyView hekouStation = fixtures.agency("CN-HK-BJZ");
        assertThat(summary.byPartner()).extracting(row -> row.partner().id()).doesNotHaveDuplicates()
                .doesNotContain(hekouStation.id());
        assertThat(summary.byPartner()).allSatisfy(row -> assertThat(row.activity().empty()).isFalse());
        assertThat(summary.byPartner()).isSortedAccordingTo((a, b) -> Long.compare(total(b.activity()), total(a.activity())));
    }

    @Test
    void aDissolvedUnitMergedIntoAnotherProvincesUnitStillCountsForItsOwnProvince() {
        SignedInUser ministry = fixtures.account("sum-viewer-bca", "VN-BCA", Role.VIEWER);
        long laoCai = fixtures.agency("VN-LC-CA").id();
        long laoCaiDistrict = fixtures.agency("VN-LC-CA-BX").id();
        long guangxi = fixtures.agency("CN-GX-GAT").id();
        // A province of its own (other tests count the seeded provinces' patrols), with a district and a commune.
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        long province = fixtures.testAgency(fixtures.agency("VN-BCA").id(), code, AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        long district = fixtures.testAgency(province, code + "-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);
        long commune = fixtures.testAgency(district, code + "-H-X", AgencyKind.COMMUNE_POLICE, AgencyLevel.COMMUNE);
        LocalDate day = LocalDate.of(2023, 5, 10);
        SummaryQuery laoCai2023 = new SummaryQuery(laoCai, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, null);
        long laoCaiBefore = bilateral(as(ministry, () -> summaries.summarise(laoCai2023)));

        fixtures.asSystemAdmin(() -> patrolService.create(new PatrolDetails(PatrolKind.BILATERAL, day, null, null, commune, guangxi,
                "1100", null, null, 12, 10, "Tuần tra thử nghiệm")));
        // In 2025 the commune is dissolved and merged into a unit of Lào Cai.
        fixtures.asSystemAdmin(() -> agencyService.dissolve(commune, 0, LocalDate.of(2025, 7, 1), laoCaiDistrict));

        Summary provinceAfter = as(ministry, () -> summaries.summarise(new SummaryQuery(province, LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), null, null)));
        assertThat(bilateral(provinceAfter)).isEqualTo(1);
        assertThat(provinceAfter.patrols().get(PatrolKind.BILATERAL).ourPersonnel().current()).isEqualByComparingTo("12");
        assertThat(provinceAfter.byMonth().get(4).activity().patrols()).isEqualTo(1);
        assertThat(provinceAfter.byPartner()).singleElement().satisfies(row -> {
            assertThat(row.partner().id()).isEqualTo(guangxi);
            assertThat(row.activity().patrols()).isEqualTo(1);
        });
        // Its district still counts it too, and the successor's province does not.
        assertThat(bilateral(as(ministry, () -> summaries.summarise(new SummaryQuery(district, day, day, null, null))))).isEqualTo(1);
        assertThat(bilateral(as(ministry, () -> summaries.summarise(laoCai2023)))).isEqualTo(laoCaiBefore);
    }

    @Test
    void aRecordMovedToAnotherDateMovesToThatMonth() {
        // The months come from a column the database computes from the record's date: it must follow an edit.
        SignedInUser ministry = fixtures.account("sum-viewer-bca-month", "VN-BCA", Role.VIEWER);
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        long province = fixtures.testAgency(fixtures.agency("VN-BCA").id(), code, AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        long guangxi = fixtures.agency("CN-GX-GAT").id();
        long patrolId = fixtures.asSystemAdmin(() -> patrolService.create(new PatrolDetails(PatrolKind.BILATERAL,
                LocalDate.of(2023, 5, 31), null, null, province, guangxi, "1101", null, null, 8, 6, "Tuần tra cuối tháng")).getId());
        SummaryQuery year = new SummaryQuery(province, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, null);
        Summary before = as(ministry, () -> summaries.summarise(year));
        assertThat(before.byMonth().get(4).activity().patrols()).isEqualTo(1);
        assertThat(before.byMonth().get(5).activity().patrols()).isZero();

        long version = fixtures.asSystemAdmin(() -> patrolService.get(patrolId).getVersion());
        fixtures.asSystemAdmin(() -> patrolService.update(patrolId, version, new PatrolDetails(PatrolKind.BILATERAL,
                LocalDate.of(2023, 6, 1), null, null, province, guangxi, "1101", null, null, 8, 6, "Tuần tra cuối tháng")));

        Summary after = as(ministry, () -> summaries.summarise(year));
        assertThat(after.byMonth().get(4).activity().patrols()).isZero();
        assertThat(after.byMonth().get(5).activity().patrols()).isEqualTo(1);
        assertThat(bilateral(after)).isEqualTo(1);
    }


    private static long bilateral(Summary summary) {
        return summary.patrols().get(PatrolKind.BILATERAL).patrols().current().longValueExact();
    }

    private static long total(Activity activity) {
        return activity.meetings() + activity.patrols() + activity.cases() + activity.persons();
    }

}
