package org.borderliaison.handover.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.HandoverTotal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The GROUP BY behind {@link org.borderliaison.handover.Handovers#totals}; scope is the caller's. */
@Component
@Transactional(readOnly = true)
public class HandoverTotals {

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
}
