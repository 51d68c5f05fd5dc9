package org.borderliaison.handover.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverTotal;
import org.borderliaison.shared.Spread;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The GROUP BY behind {@link org.borderliaison.handover.Handovers#totals}; scope is the caller's. */
@Component
@Transactional(readOnly = true)
public class HandoverTotals {

    private static final Set<HandoverCategory> PERSONS = EnumSet.copyOf(Arrays.stream(HandoverCategory.values())
            .filter(HandoverCategory::persons).toList());

    private final HandoverRepository repository;

    HandoverTotals(HandoverRepository repository) {
        this.repository = repository;
    }

    public List<HandoverTotal> of(Collection<Long> ourAgencyIds, LocalDate from, LocalDate to, Collection<Long> partnerAgencyIds,
            Country partnerCountry) {
        if (ourAgencyIds.isEmpty()) {
            return List.of();
        }
        boolean anyPartner = partnerAgencyIds == null || partnerAgencyIds.isEmpty();
        return repository.totals(ourAgencyIds, from, to, anyPartner, anyPartner ? List.of(-1L) : partnerAgencyIds,
                partnerCountry == null, partnerCountry);
    }

    /** Persons (not property or aid items) handed over or received, per month and per partner agency. */
    public Spread personsSpread(Collection<Long> ourAgencyIds, LocalDate from, LocalDate to, Collection<Long> partnerAgencyIds,
            Country partnerCountry) {
        if (ourAgencyIds.isEmpty()) {
            return Spread.NONE;
        }
        boolean anyPartner = partnerAgencyIds == null || partnerAgencyIds.isEmpty();
        Collection<Long> partners = anyPartner ? List.of(-1L) : partnerAgencyIds;
        Map<YearMonth, Long> byMonth = new HashMap<>();
        for (Object[] row : repository.personsByMonth(ourAgencyIds, from, to, PERSONS, anyPartner, partners, partnerCountry == null,
                partnerCountry)) {
            byMonth.put(Spread.month(row[0], row[1]), ((Number) row[2]).longValue());
        }
        Map<Long, Long> byPartner = new HashMap<>();
        for (Object[] row : repository.personsByPartner(ourAgencyIds, from, to, PERSONS, anyPartner, partners, partnerCountry == null,
                partnerCountry)) {
            byPartner.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return new Spread(byMonth, byPartner);
    }
}
