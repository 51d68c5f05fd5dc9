package org.borderliaison.meeting.domain;

import java.time.LocalDate;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.meeting.MeetingKind;

/** An open follow-up action due soon or overdue, with the meeting it comes from. */
public record DueFollowUp(long meetingId, long meetingVersion, MeetingKind meetingKind, String meetingTitle,
        LocalDate meetingDate, int index, String what, AgencyView owner, LocalDate dueDate, boolean overdue) {
}
