package org.borderliaison.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderliaison.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.borderliaison.agency.domain.Reorganisation2025;
import org.borderliaison.agency.domain.SeedBeforeReorganisation;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.domain.PatrolDetails;
import org.borderliaison.patrol.domain.PatrolService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The 2025 reorganisation on the seeded provinces, performed through the service as the demo does it: the district
 * police of Lào Cai, Lạng Sơn and Yên Bái end on 1 March 2025, Yên Bái merges into Lào Cai on 1 July 2025. Past
 * summaries come out exactly as before; the new Lào Cai counts Yên Bái's units from 1 July 2025 only. Each test starts
 * from the seed and puts it back, since the other tests of the suite create records with those district police.
 */
class Reorganisation2025Tests extends IntegrationTest {

    private static final LocalDate JAN_1_2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate DEC_31_2024 = LocalDate.of(2024, 12, 31);

    @Autowired
    SummaryService summaries;

    @Autowired
    Reorganisation2025 reorganisation;

    @Autowired
    PatrolService patrols;

    @Autowired
    ApplicationContext context;

    SignedInUser ministry;
    long laoCai;
    long langSon;
    long yenBai;

    @BeforeEach
    void fromTheSeed() {
        SeedBeforeReorganisation.restore(context);
        ministry = fixtures.account("reorg-2025-viewer", "VN-BCA", Role.VIEWER);
        laoCai = fixtures.agency("VN-LC-CA").id();
        langSon = fixtures.agency("VN-LS-CA").id();
        yenBai = fixtures.agency("VN-YB-CA").id();
    }

    @AfterEach
    void backToTheSeed() {
        SeedBeforeReorganisation.restore(context);
    }

    @Test
    void pastSummariesComeOutExactlyAsBeforeTheReorganisation() {
        List<SummaryQuery> past = List.of(
                new SummaryQuery(laoCai, JAN_1_2024, DEC_31_2024, null, null),
                new SummaryQuery(yenBai, JAN_1_2024, DEC_31_2024, null, null),
                new SummaryQuery(langSon, JAN_1_2024, DEC_31_2024, null, null),
                // the range of the Lạng Sơn seed figures (SummaryTests), with and without Guangxi
                new SummaryQuery(langSon, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 3, 23), fixtures.agency("CN-GX-GAT").id(), null),
                new SummaryQuery(langSon, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 3, 23), null, null),
                new SummaryQuery(fixtures.agency("VN-LS-CA-VL-TT").id(), LocalDate.of(2018, 1, 1), LocalDate.of(2024, 12, 31), null, null));
        List<Summary> before = past.stream().map(this::summary).toList();
        Summary yenBai2024 = before.get(1);
        assertThat(yenBai2024.meetings().get(MeetingKind.TALKS).current().longValueExact()).isEqualTo(1);
        assertThat(yenBai2024.meetings().get(MeetingKind.LETTER_EXCHANGE).current().longValueExact()).isEqualTo(2);

        assertThat(perform()).isEqualTo(4);

        List<Summary> after = past.stream().map(this::summary).toList();
        for (int i = 0; i < past.size(); i++) {
            assertThat(after.get(i)).as("summary %s", past.get(i)).usingRecursiveComparison().isEqualTo(before.get(i));
        }
    }

    @Test
    void theNewLaoCaiCountsYenBaiUnitsFromTheFirstOfJuly2025() {
        long yenBaiImmigration = fixtures.agency("VN-YB-CA-XNC").id();
        long anThinh = fixtures.agency("VN-YB-CA-VY-AT").id();
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        patrol(yenBaiImmigration, LocalDate.of(2025, 5, 20));
        patrol(anThinh, LocalDate.of(2025, 6, 30));
        patrol(yenBaiImmigration, LocalDate.of(2025, 7, 1));
        patrol(anThinh, LocalDate.of(2025, 9, 15));
        LocalDate june30 = LocalDate.of(2025, 6, 30);
        LocalDate july1 = LocalDate.of(2025, 7, 1);
        // other tests may have left records of Yên Bái's units in 2025 too: count what is there before
        long laoCaiBefore = patrols(laoCai, from, to);
        long laoCaiFirstHalf = patrols(laoCai, from, june30);
        long yenBaiFirstHalf = patrols(yenBai, from, june30);
        long yenBaiSecondHalf = patrols(yenBai, july1, to);
        assertThat(yenBaiFirstHalf).isGreaterThanOrEqualTo(2);
        assertThat(yenBaiSecondHalf).isGreaterThanOrEqualTo(2);

        perform();

        assertThat(patrols(laoCai, from, to)).as("the new Lào Cai: Yên Bái's units from 1 July 2025")
                .isEqualTo(laoCaiBefore + yenBaiSecondHalf);
        assertThat(patrols(laoCai, from, june30)).as("nothing of Yên Bái's before 1 July").isEqualTo(laoCaiFirstHalf);
        assertThat(patrols(yenBai, from, to)).as("Yên Bái keeps what its units did until 30 June 2025").isEqualTo(yenBaiFirstHalf);
        assertThat(patrols(yenBai, july1, to)).isZero();
    }

    @Test
    void theTreeAsOfADateShowsTheHierarchyOfThatDay() throws Exception {
        perform();
        String vanLang = String.valueOf(fixtures.agency("VN-LS-CA-VL").id());
        mvc.perform(get("/api/v1/agencies").param("q", "VN-LS-CA-VL-TT").param("at", "2025-02-28").with(user(ministry)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].parentId").value(Long.parseLong(vanLang)));
        mvc.perform(get("/api/v1/agencies").param("q", "VN-LS-CA-VL-TT").param("at", "2025-03-01").with(user(ministry)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].parentId").value(langSon));
        mvc.perform(get("/api/v1/agencies").param("parentId", String.valueOf(yenBai)).param("at", "2025-06-30").with(user(ministry)))
                // its department, Văn Yên's two commune police, and Văn Yên itself, ended
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(4));
        mvc.perform(get("/api/v1/agencies").param("parentId", String.valueOf(yenBai)).param("at", "2025-07-01").with(user(ministry)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].code").value("VN-YB-CA-VY"))
                .andExpect(jsonPath("$.content[0].active").value(false));
        mvc.perform(get("/api/v1/agencies").param("q", "VN-YB-CA-VY-AT").param("at", "2025-07-01").with(user(ministry)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].parentId").value(laoCai));
        mvc.perform(get("/api/v1/agencies").param("q", "VN-YB-CA-VY-AT").param("at", "2024-12-31").with(user(ministry)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].parentId").value(fixtures.agency("VN-YB-CA-VY").id()));
        // today's tree
        assertThat(fixtures.agency("VN-LS-CA-VL-TT").parentId()).isEqualTo(langSon);
        assertThat(fixtures.agency("VN-LS-CA-VL").active()).isFalse();
        assertThat(fixtures.agency("VN-YB-CA").successorId()).isEqualTo(laoCai);
        long anThinh = fixtures.agency("VN-YB-CA-VY-AT").id();
        assertThat(fixtures.agency("VN-YB-CA-VY-AT").path()).isEqualTo(fixtures.agency("VN-LC-CA").path() + anThinh + "/");
    }

    private int perform() {
        return fixtures.asSystemAdmin(() -> reorganisation.perform());
    }

    private Summary summary(SummaryQuery query) {
        return as(ministry, () -> summaries.summarise(query));
    }

    private long patrols(long agencyId, LocalDate from, LocalDate to) {
        return summary(new SummaryQuery(agencyId, from, to, null, null)).patrols().get(PatrolKind.BILATERAL).patrols().current()
                .longValueExact();
    }

    private void patrol(long agencyId, LocalDate day) {
        long honghe = fixtures.agency("CN-HH-GAJ").id();
        fixtures.asSystemAdmin(() -> patrols.create(new PatrolDetails(PatrolKind.BILATERAL, day, null, null, agencyId, honghe,
                "1100", null, null, 8, 8, "Tuần tra phối hợp thử nghiệm")));
    }
}
