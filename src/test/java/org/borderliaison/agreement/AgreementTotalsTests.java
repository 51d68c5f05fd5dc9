package org.borderliaison.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderliaison.agreement.SignedIn.as;

import java.time.LocalDate;
import java.util.Set;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The summary's aggregate: agreements signed within a period and in force at its end, per kind. The agreements
 * here are dated 2001, a year no other test or demo record uses.
 */
class AgreementTotalsTests extends IntegrationTest {

    private static final long NGHE_AN = 17;
    private static final long HOUAPHANH = 54;
    private static final LocalDate FROM = LocalDate.of(2001, 1, 1);
    private static final LocalDate TO = LocalDate.of(2001, 12, 31);

    @Autowired
    Agreements agreements;

    @Autowired
    AgreementService service;

    @Autowired
    Agencies agencies;

    @Test
    void countsSignedInThePeriodAndInForceAtItsEndPerKind() {
        SignedInUser officer = fixtures.account("ag-totals-officer", "VN-NA-CA", Role.OFFICER);
        // signed in 2001 and still in force at its end
        as(officer, () -> service.create(AgreementBuilder.aMemorandum().between(NGHE_AN, HOUAPHANH)
                .signedOn(LocalDate.of(2001, 3, 1)).validTo(LocalDate.of(2003, 12, 31)).command()));
        // signed in 2001, ended before the end of the year
        as(officer, () -> service.create(AgreementBuilder.aMemorandum().between(NGHE_AN, HOUAPHANH)
                .signedOn(LocalDate.of(2001, 2, 1)).validTo(LocalDate.of(2001, 6, 30)).command()));
        // signed in 2001, terminated in 2002: still in force at the end of 2001
        long terminated = as(officer, () -> service.create(AgreementBuilder.aMemorandum().between(NGHE_AN, HOUAPHANH)
                .signedOn(LocalDate.of(2001, 4, 1)).command()));
        as(officer, () -> {
            service.terminate(terminated, 0L, LocalDate.of(2002, 6, 1), "Thay thế bằng văn bản mới");
            return null;
        });
        // signed earlier, in force throughout
        as(officer, () -> service.create(AgreementBuilder.aYearlyPlan().between(NGHE_AN, HOUAPHANH)
                .signedOn(LocalDate.of(2000, 5, 1)).validTo(LocalDate.of(2002, 5, 1)).command()));
        // a draft never counts
        as(officer, () -> service.create(AgreementBuilder.aYearlyPlan().between(NGHE_AN, HOUAPHANH).draft()
                .signedOn(null).command()));
        Set<Long> ngheAn = fixtures.asSystemAdmin(() -> agencies.subTreeIds(NGHE_AN));

        assertThat(as(officer, () -> agreements.totals(ngheAn, FROM, TO, null, null))).containsExactly(
                new AgreementTotal(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, 3, 2),
                new AgreementTotal(AgreementKind.YEARLY_COOPERATION_PLAN, 0, 1));
        assertThat(as(officer, () -> agreements.totals(ngheAn, FROM, TO, Set.of(HOUAPHANH), Country.LA))).hasSize(2);
        assertThat(as(officer, () -> agreements.totals(ngheAn, FROM, TO, null, Country.CN))).isEmpty();
        // the year before: only the plan, signed then and in force on 31/12/2000
        assertThat(as(officer, () -> agreements.totals(ngheAn, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31), null, null)))
                .containsExactly(new AgreementTotal(AgreementKind.YEARLY_COOPERATION_PLAN, 1, 1));
        // by the end of 2002 the terminated one no longer counts
        assertThat(as(officer, () -> agreements.totals(ngheAn, LocalDate.of(2002, 1, 1), LocalDate.of(2002, 12, 31), null, null)))
                .containsExactly(new AgreementTotal(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, 0, 1));
        // a reader elsewhere sees none of them
        SignedInUser laoCai = fixtures.account("ag-totals-laocai", "VN-LC-CA", Role.REPORTER);
        assertThat(as(laoCai, () -> agreements.totals(ngheAn, FROM, TO, null, null))).isEmpty();
    }
}
