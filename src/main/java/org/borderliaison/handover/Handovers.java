package org.borderliaison.handover;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.domain.Handover;
import org.borderliaison.handover.domain.HandoverService;
import org.borderliaison.handover.domain.HandoverTotals;
import org.borderliaison.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The handover module's API for the rest of the application: look a handover up, and the summary's totals. */
@Service
@Transactional(readOnly = true)
public class Handovers {

    private final HandoverService service;
    private final HandoverTotals totals;
    private final Agencies agencies;

    Handovers(HandoverService service, HandoverTotals totals, Agencies agencies) {
        this.service = service;
        this.totals = totals;
        this.agencies = agencies;
    }

    /** The handover, if it exists and the current user may see it. */
    public Optional<HandoverSummary> find(long id) {
        return service.find(id).map(Handover::toSummary);
    }

    public HandoverSummary require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Handover", id));
    }

    /**
     * Records and persons (items for property and aid assets) per direction and category, counted in the database,
     * for handovers made by {@code ourAgencyIds} between {@code from} and {@code to} (both included), optionally only
     * with the given partner agencies and/or partner country (null: any). Agencies outside the current user's scope
     * are left out, so a summary never counts what its reader may not see.
     */
    public List<HandoverTotal> totals(Collection<Long> ourAgencyIds, LocalDate from, LocalDate to,
            Collection<Long> partnerAgencyIds, Country partnerCountry) {
        Set<Long> ours = new HashSet<>(ourAgencyIds);
        agencies.retainVisible(ours, from, to);
        return totals.of(ours, from, to, partnerAgencyIds, partnerCountry);
    }

    /**
     * {@link #totals} together with the persons handed over or received (both directions; property and aid items left
     * out) per month and per partner agency, for the summary's current period and its breakdowns; same arguments and
     * scope as {@link #totals}.
     */
    public HandoversInPeriod inPeriod(Collection<Long> ourAgencyIds, LocalDate from, LocalDate to, Collection<Long> partnerAgencyIds,
            Country partnerCountry) {
        Set<Long> ours = new HashSet<>(ourAgencyIds);
        agencies.retainVisible(ours, from, to);
        return totals.inPeriod(ours, from, to, partnerAgencyIds, partnerCountry);
    }
}
