package org.borderliaison.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
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
        return service.countByKind(new MeetingFilter(from, to, null, partnerCountry,
                partnerAgencyIds == null ? null : Set.copyOf(partnerAgencyIds), Set.copyOf(ourAgencyIds), null, null, null));
    }
}
