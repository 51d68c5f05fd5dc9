package org.borderliaison.patrol;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.borderliaison.agency.Country;
import org.borderliaison.patrol.domain.Patrol;
import org.borderliaison.patrol.domain.PatrolService;
import org.borderliaison.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The patrol module's API for the rest of the application: look-ups within the user's scope and the summary's totals. */
@Service
@Transactional(readOnly = true)
public class Patrols {

    private final PatrolService service;

    Patrols(PatrolService service) {
        this.service = service;
    }

    /** The patrol, if it exists and the current user may see it. */
    public Optional<PatrolView> find(long id) {
        return service.findVisible(id).map(Patrol::toView);
    }

    public PatrolView require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Patrol", id));
    }

    /**
     * Patrols by kind, with count and personnel per side, made by {@code ourAgencyIds} (limited to the
     * current user's scope) between {@code from} and {@code to} inclusive; optionally only with the given
     * partner agencies and/or partners of one country (null or empty: any). One grouped query.
     */
    public List<PatrolTotal> totals(Collection<Long> ourAgencyIds, LocalDate from, LocalDate to,
            Collection<Long> partnerAgencyIds, Country partnerCountry) {
        return service.totals(ourAgencyIds, from, to, partnerAgencyIds, partnerCountry);
    }
}
