package org.borderliaison.meeting.domain;

import java.time.LocalDate;
import org.borderliaison.agency.Country;
import org.borderliaison.meeting.MeetingKind;

/** The columns of a meeting that the list shows, as its query selects them. */
record MeetingRow(Long id, MeetingKind kind, String title, LocalDate startDate, LocalDate endDate, Country placeCountry,
        String locality, Integer count, MeetingStatus status) {
}
