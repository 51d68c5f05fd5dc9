package org.borderliaison.meeting.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.borderliaison.meeting.MeetingKind;

/**
 * What an officer typed into the monthly tally grid, as page and API hand it to {@link MonthlyTallies}. A row names the
 * partner, the tally it was shown with (none for a new one) at the version shown, and the count: blank or 0 means
 * "no tally". Field names match the form's and the API's ({@code rows[2].count}), so a refusal lands on its row.
 */
public record TallyEntry(Long agencyId, YearMonth month, MeetingKind kind, List<Row> rows) {

    public TallyEntry {
        // A copy that keeps nulls: a broken row is reported on its own index.
        rows = rows == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(rows));
    }

    public record Row(Long partnerAgencyId, Long meetingId, Long version, Integer count) {
    }

    /** What a save did: tallies created, counts changed, tallies cancelled (a count emptied), and the grid after it. */
    public record Outcome(int created, int updated, int cancelled, TallyGrid grid) {
    }
}
