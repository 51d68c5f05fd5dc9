package org.borderliaison.patrol;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.borderliaison.agency.Country;
import org.borderliaison.patrol.domain.Patrol;
import org.borderliaison.patrol.domain.PatrolSearch;
import org.borderliaison.patrol.domain.PatrolService;
import org.borderliaison.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

    /** The visible patrols among {@code ids}, by id; unknown ones and those out of the user's scope are left out. */
    public Map<Long, PatrolView> findAll(Collection<Long> ids) {
        return service.findAllVisible(ids).stream().map(Patrol::toView)
                .collect(Collectors.toMap(PatrolView::id, view -> view, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Up to {@code limit} (at most 50) visible patrols whose markers or findings match {@code q} (accents ignored;
     * blank: any), or made on the day {@code q} names as dd/MM/yyyy, latest first: for the pickers of other modules'
     * forms.
     */
    public List<PatrolView> search(String q, int limit) {
        LocalDate day = day(q);
        return service.search(day == null ? new PatrolSearch(null, null, null, null, null, q) : new PatrolSearch(null, day, day, null, null, null),
                PageRequest.of(0, Math.max(1, Math.min(limit, 50)), Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id"))))
                .map(Patrol::toView).getContent();
    }

    private static LocalDate day(String q) {
        try {
            return q == null ? null : LocalDate.parse(q.strip(), DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        } catch (DateTimeParseException notADate) {
            return null;
        }
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

    /**
     * {@link #totals} together with the patrols per month and per partner agency, for the summary's current period and
     * its breakdowns; same arguments. Two grouped queries.
     */
    public PatrolsInPeriod inPeriod(Collection<Long> ourAgencyIds, LocalDate from, LocalDate to, Collection<Long> partnerAgencyIds,
            Country partnerCountry) {
        return service.inPeriod(ourAgencyIds, from, to, partnerAgencyIds, partnerCountry);
    }
}
