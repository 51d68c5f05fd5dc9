package org.borderliaison.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderliaison.support.SignedIn.as;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * here are dated 2000 – 2002, before any demo record; the test checks what they add to whatever is there.
 */
class AgreementTotalsTests extends IntegrationTest {

    private static final long NGHE_AN = 17;
    private static final long HOUAPHANH = 54;

    @Autowired
    Agreements agreements;

    @Autowired
    AgreementService service;

    @Autowired
    Agencies agencies;

    @Test
    void countsSignedInThePeriodAndInForceAtItsEndPerKind() {
        SignedInUser officer = fixtures.account("ag-totals-officer", "VN-NA-CA", Role.OFFICER);
        // What is there already (a database reused from an earlier run): the test checks what its records add.
        Map<String, Long> year2000 = counts(officer, 2000, null, null);
        Map<String, Long> year2001 = counts(officer, 2001, null, null);
        Map<String, Long> year2001WithHouaphanh = counts(officer, 2001, Set.of(HOUAPHANH), Country.LA);
        Map<String, Long> year2001WithChina = counts(officer, 2001, null, Country.CN);
        Map<String, Long> year2002 = counts(officer, 2002, null, null);

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
        // signed earlier, in force throughout 2001
        as(officer, () -> service.create(AgreementBuilder.aYearlyPlan().between(NGHE_AN, HOUAPHANH)
                .signedOn(LocalDate.of(2000, 5, 1)).validTo(LocalDate.of(2002, 5, 1)).command()));
        // a draft never counts
        as(officer, () -> service.create(AgreementBuilder.aYearlyPlan().between(NGHE_AN, HOUAPHANH).draft()
                .signedOn(null).command()));

        Map<String, Long> added2001 = Map.of("MEMORANDUM_OF_UNDERSTANDING.signed", 3L, "MEMORANDUM_OF_UNDERSTANDING.inForce", 2L,
                "YEARLY_COOPERATION_PLAN.signed", 0L, "YEARLY_COOPERATION_PLAN.inForce", 1L);
        assertThat(counts(officer, 2001, null, null)).isEqualTo(plus(year2001, added2001));
        assertThat(counts(officer, 2001, Set.of(HOUAPHANH), Country.LA)).isEqualTo(plus(year2001WithHouaphanh, added2001));
        assertThat(counts(officer, 2001, null, Country.CN)).isEqualTo(year2001WithChina);
        // the year before: only the plan, signed then and in force on 31/12/2000
        assertThat(counts(officer, 2000, null, null)).isEqualTo(plus(year2000,
                Map.of("YEARLY_COOPERATION_PLAN.signed", 1L, "YEARLY_COOPERATION_PLAN.inForce", 1L)));
        // by the end of 2002 only the memorandum valid to 2003 is in force: the terminated one no longer counts
        assertThat(counts(officer, 2002, null, null)).isEqualTo(plus(year2002,
                Map.of("MEMORANDUM_OF_UNDERSTANDING.signed", 0L, "MEMORANDUM_OF_UNDERSTANDING.inForce", 1L)));
        // a reader elsewhere sees none of them
        SignedInUser laoCai = fixtures.account("ag-totals-laocai", "VN-LC-CA", Role.REPORTER);
        assertThat(counts(laoCai, 2001, null, null)).isEmpty();
    }

    /** The totals of Nghệ An's sub-tree for a year as "KIND.signed" and "KIND.inForce" counts. */
    private Map<String, Long> counts(SignedInUser reader, int year, Set<Long> partners, Country country) {
        Set<Long> ngheAn = fixtures.asSystemAdmin(() -> agencies.subTreeIds(NGHE_AN));
        Map<String, Long> counts = new TreeMap<>();
        for (AgreementTotal total : as(reader, () -> agreements.totals(ngheAn, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                partners, country))) {
            counts.put(total.kind() + ".signed", total.signed());
            counts.put(total.kind() + ".inForce", total.inForceAtEnd());
        }
        return counts;
    }

    private static Map<String, Long> plus(Map<String, Long> base, Map<String, Long> added) {
        Map<String, Long> sum = new TreeMap<>(base);
        added.forEach((key, value) -> sum.merge(key, value, Long::sum));
        return sum;
    }
}
