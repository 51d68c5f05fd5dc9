package org.borderliaison.meeting.domain;

import java.time.LocalDate;
import java.util.List;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.meeting.MeetingKind;

/** A row of the meeting list: what the list shows, with the agencies' names resolved in one query. */
public record MeetingSummary(long id, MeetingKind kind, String title, LocalDate startDate, LocalDate endDate,
        Country placeCountry, String locality, List<AgencyView> ourAgencies, List<AgencyView> partnerAgencies, int count,
        MeetingStatus status) {
}
