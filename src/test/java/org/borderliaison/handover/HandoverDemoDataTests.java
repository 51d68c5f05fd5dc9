package org.borderliaison.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo handovers add up, through the summary's aggregate query, to the figures of the seed articles. */
class HandoverDemoDataTests extends IntegrationTest {

    static final long LANG_SON = 14;
    static final long NGHE_AN = 17;
    static final long LAO_CAI_BORDER_GUARD = 20;
    static final long GUANGXI = 38;
    static final long HEKOU_STATION = 35;

    @Autowired
    Handovers handovers;

    @Autowired
    Agencies agencies;

    /** Totals for the agency and its sub-tree, as the yearly summary asks for them. */
    private List<HandoverTotal> totals(long root, LocalDate from, LocalDate to, Set<Long> partners, Country country) {
        return fixtures.asSystemAdmin(() -> handovers.totals(agencies.subTreeIds(root), from, to, partners, country));
    }

    @Test
    void langSonAndGuangxiFrom2018ToMarch2022() {
        List<HandoverTotal> totals = totals(LANG_SON, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 3, 23), Set.of(GUANGXI), null);
        assertThat(totals).extracting(HandoverTotal::direction, HandoverTotal::category, HandoverTotal::quantity)
                .containsExactlyInAnyOrder(
                        tuple(HandoverDirection.HANDED_OVER, HandoverCategory.ILLEGAL_ENTRANT, 2_266L),
                        tuple(HandoverDirection.RECEIVED, HandoverCategory.CITIZEN_NOT_PERMITTED_TO_RESIDE, 12_962L),
                        tuple(HandoverDirection.HANDED_OVER, HandoverCategory.WANTED_FUGITIVE, 16L),
                        tuple(HandoverDirection.RECEIVED, HandoverCategory.WANTED_FUGITIVE, 17L));
    }

    @Test
    void laoCaiBorderGuardReceived385CitizensWithoutCountingAnyoneTwice() {
        List<HandoverTotal> totals = totals(LAO_CAI_BORDER_GUARD, LocalDate.of(2023, 10, 1), LocalDate.of(2024, 6, 30),
                Set.of(HEKOU_STATION), Country.CN);
        assertThat(totals.stream().filter(t -> t.direction() == HandoverDirection.RECEIVED).mapToLong(HandoverTotal::quantity).sum())
                .isEqualTo(385);
        assertThat(totals).extracting(HandoverTotal::category, HandoverTotal::quantity).contains(
                tuple(HandoverCategory.WANTED_FUGITIVE, 5L), tuple(HandoverCategory.SUSPECTED_TRAFFICKING_VICTIM, 16L));
    }

    @Test
    void theStormYagiBoatsAndNgheAnsVillagePoliceStationsAreCountedAsItems() {
        assertThat(totals(LAO_CAI_BORDER_GUARD, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, Country.CN))
                .contains(new HandoverTotal(HandoverDirection.HANDED_OVER, HandoverCategory.PROPERTY, 1, 2));
        assertThat(totals(NGHE_AN, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, Country.LA))
                .containsExactly(new HandoverTotal(HandoverDirection.HANDED_OVER, HandoverCategory.AID_ASSET, 1, 21));
        assertThat(totals(NGHE_AN, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, Country.CN)).isEmpty();
    }

    @Test
    void totalsLeaveOutAgenciesOutsideTheReadersScope() {
        var laoCaiOfficer = fixtures.account("ho-demo-officer-lc", "VN-LC-CA", org.borderliaison.shared.Role.OFFICER);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        laoCaiOfficer, null, laoCaiOfficer.getAuthorities()));
        assertThat(handovers.totals(Set.of(LANG_SON), LocalDate.of(2018, 1, 1), LocalDate.of(2022, 3, 23), null, null)).isEmpty();
    }
}
