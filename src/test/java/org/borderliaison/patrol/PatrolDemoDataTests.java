package org.borderliaison.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.shared.Role;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo patrols add up to the figures of the Lào Cai Border Guard for 2024 (seed article 002): 30 bilateral
 * patrols with 1,962 personnel on each side, 22 joint law-enforcement patrols with 655 personnel on our side.
 */
class PatrolDemoDataTests extends IntegrationTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);

    @Autowired
    Patrols patrols;

    @Autowired
    Agencies agencies;

    @Test
    void theLaoCaiBorderGuardCommandsPatrolsOf2024AddUpToTheSeedFigures() {
        List<PatrolTotal> totals = fixtures.asSystemAdmin(() -> patrols.totals(agencies.subTreeIds(command()), JAN_1, DEC_31, null, null));
        assertThat(totals).containsExactly(
                new PatrolTotal(PatrolKind.BILATERAL, 30, 1962, 1962),
                new PatrolTotal(PatrolKind.JOINT, 22, 655, 563));
    }

    @Test
    void totalsNarrowByPartnerCountryPartnerUnitOwnUnitAndPeriod() {
        long command = command();
        Set<Long> ours = fixtures.asSystemAdmin(() -> agencies.subTreeIds(command));
        assertThat(fixtures.asSystemAdmin(() -> patrols.totals(ours, JAN_1, DEC_31, null, Country.CN)))
                .extracting(PatrolTotal::patrols).containsExactly(30L, 22L);
        assertThat(fixtures.asSystemAdmin(() -> patrols.totals(ours, JAN_1, DEC_31, null, Country.LA))).isEmpty();

        List<PatrolTotal> withHonghe = fixtures.asSystemAdmin(() -> patrols.totals(ours, JAN_1, DEC_31, Set.of(PatrolBuilder.HONGHE_DETACHMENT), null));
        assertThat(withHonghe).extracting(PatrolTotal::kind).containsExactly(PatrolKind.JOINT);
        assertThat(withHonghe.get(0).patrols()).isBetween(1L, 21L);

        List<PatrolTotal> byPosts = new java.util.ArrayList<>();
        for (long post : List.of(PatrolBuilder.CKQT_POST, PatrolBuilder.BAN_LAU_POST)) {
            byPosts.addAll(fixtures.asSystemAdmin(() -> patrols.totals(Set.of(post), JAN_1, DEC_31, null, null)));
        }
        assertThat(byPosts.stream().mapToLong(PatrolTotal::patrols).sum()).isEqualTo(52);
        assertThat(byPosts.stream().mapToLong(PatrolTotal::ourPersonnel).sum()).isEqualTo(1962 + 655);

        assertThat(fixtures.asSystemAdmin(() -> patrols.totals(ours, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, null)))
                .isEmpty();
    }

    @Test
    void totalsStayWithinTheScopeOfTheUserAsking() throws Exception {
        fixtures.account("patrol-demo-ls", "VN-LS-CA", Role.REPORTER);
        fixtures.account("patrol-demo-bdbp", "VN-LC-BDBP", Role.REPORTER);
        long command = command();
        mvc.perform(get("/api/v1/patrols/totals").param("agencyId", String.valueOf(command)).param("from", "2024-01-01")
                        .param("to", "2024-12-31").with(user(fixtures.account("patrol-demo-bdbp", "VN-LC-BDBP", Role.REPORTER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("BILATERAL"))
                .andExpect(jsonPath("$[0].patrols").value(30))
                .andExpect(jsonPath("$[0].ourPersonnel").value(1962))
                .andExpect(jsonPath("$[0].partnerPersonnel").value(1962))
                .andExpect(jsonPath("$[1].kind").value("JOINT"))
                .andExpect(jsonPath("$[1].patrols").value(22))
                .andExpect(jsonPath("$[1].ourPersonnel").value(655));
        mvc.perform(get("/api/v1/patrols/totals").param("agencyId", String.valueOf(command)).param("from", "2024-01-01")
                        .param("to", "2024-12-31").with(user(fixtures.account("patrol-demo-ls", "VN-LS-CA", Role.REPORTER))))
                // An agency outside the scope is refused, as by the case totals and the summary (not an empty answer).
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("agencyId"));
    }

    private long command() {
        return fixtures.agency("VN-LC-BDBP").id();
    }
}
