package org.borderliaison.meeting.web;

import java.util.List;
import org.borderliaison.meeting.domain.MeetingStatus;
import org.borderliaison.meeting.domain.MeetingSummary;
import org.borderliaison.shared.web.RowTexts;
import org.borderliaison.shared.web.RowTexts.AgencyName;

/**
 * A row of the meeting list page as it is printed: every cell's text made once ({@link RowTexts}), so that
 * {@code meeting/list.html} reads each cell with one accessor call ({@code ${r.title()}}: in SpEL a method call keeps
 * its resolved method, a property read looks its accessor up again each time). A meeting without a title shows its
 * kind as the title.
 */
public record MeetingListRow(long id, String dates, String kind, String title, boolean titled, List<String> ours,
        List<AgencyName> partners, String locality, String placeCountry, int count, String status, boolean cancelled) {

    static MeetingListRow of(MeetingSummary meeting, RowTexts texts) {
        String kind = texts.label(meeting.kind());
        return new MeetingListRow(meeting.id(), texts.period(meeting.startDate(), meeting.endDate()), kind,
                meeting.title() != null ? meeting.title() : kind, meeting.title() != null,
                meeting.ourAgencies().stream().map(texts::name).toList(), texts.names(meeting.partnerAgencies()),
                meeting.locality(), "(" + texts.label(meeting.placeCountry()) + ")", meeting.count(),
                texts.label(meeting.status()), meeting.status() == MeetingStatus.CANCELLED);
    }

    static List<MeetingListRow> of(List<MeetingSummary> meetings, RowTexts texts) {
        return meetings.stream().map(meeting -> of(meeting, texts)).toList();
    }
}
