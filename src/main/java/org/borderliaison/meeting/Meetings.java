package org.borderliaison.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderliaison.agency.Country;
import org.borderliaison.meeting.domain.MeetingFilter;
import org.borderliaison.meeting.domain.MeetingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting module's API for the rest of the application, first of all the yearly cooperation summary.
 * Everything here sees only what the current user may see.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

    private final MeetingService service;

    Meetings(MeetingService service) {
        this.service = service;
    }

    /** The meeting, if it exists and the current user may see it. */
    public Optional<MeetingReference> find(long id) {
        return service.references(null, List.of(id), 1).stream().findFirst();
    }

    /** The visible meetings among {@code ids}, by id; unknown ones and those out of the user's scope are left out. */
    public Map<Long, MeetingReference> findAll(Collection<Long> ids) {
        return service.references(null, ids, Math.max(ids.size(), 1)).stream()
                .collect(Collectors.toMap(MeetingReference::id, meeting -> meeting, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Up to {@code limit} (at most 50) visible meetings whose title, outcome or people match {@code q} (accents
     * ignored; blank: any), latest first: for the pickers of other modules' forms.
     */
    public List<MeetingReference> search(String q, int limit) {
        return service.references(q, null, Math.max(1, Math.min(limit, 50)));
    }

    /**
     * How many events of each kind our agencies took part in: the sum of each record's count (tallies of
     * letters and hotline contacts included), over recorded (not cancelled) meetings dated
     * {@code from}..{@code to} (inclusive) with one of {@code ourAgencyIds} on our side, computed by one
     * GROUP BY in the database. Callers pass the whole sub-tree of an agency if that is what they mean.
     *
     * @param partnerAgencyIds only meetings with one of these on the partner side; null for any (or no) partner
     * @param partnerCountry only meetings with a partner agency of this country; null for any
     * @return the sums per kind; kinds without any meeting are absent
     */
    public Map<MeetingKind, Long> countByKind(Collection<Long> ourAgencyIds, LocalDate from, LocalDate to,
            Collection<Long> partnerAgencyIds, Country partnerCountry) {
        return service.countByKind(filter(ourAgencyIds, from, to, partnerAgencyIds, partnerCountry));
    }

    /**
     * {@link #countByKind} together with the same sums (all kinds together) per month and per partner agency, for the
     * summary's current period and its breakdowns; same arguments.
     */
    public MeetingFigures figures(Collection<Long> ourAgencyIds, LocalDate from, LocalDate to, Collection<Long> partnerAgencyIds,
            Country partnerCountry) {
        return service.figures(filter(ourAgencyIds, from, to, partnerAgencyIds, partnerCountry));
    }

    private static MeetingFilter filter(Collection<Long> ourAgencyIds, LocalDate from, LocalDate to,
            Collection<Long> partnerAgencyIds, Country partnerCountry) {
        return new MeetingFilter(from, to, null, partnerCountry, partnerAgencyIds == null ? null : Set.copyOf(partnerAgencyIds),
                Set.copyOf(ourAgencyIds), null, null, null);
    }
}
