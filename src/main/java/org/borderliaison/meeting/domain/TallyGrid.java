package org.borderliaison.meeting.domain;

import java.time.YearMonth;
import java.util.List;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.meeting.MeetingKind;

/**
 * A month's tallies of one kind (letters or hotline contacts) for one agency of ours: one row per partner agency, from
 * the agency's partnerships and the tallies already recorded. A row without a meeting has no tally yet; {@code version}
 * is the one the grid was read at, sent back so that a save refuses a tally someone changed in between.
 */
public record TallyGrid(AgencyView agency, YearMonth month, MeetingKind kind, List<Row> rows) {

    public TallyGrid {
        rows = List.copyOf(rows);
    }

    public record Row(AgencyView partner, Long meetingId, Long version, Integer count) {
    }
}
