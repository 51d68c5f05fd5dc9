package org.borderliaison.meeting.domain;

import java.time.LocalDate;
import org.borderliaison.meeting.MeetingKind;

/** A due follow-up as the query returns it, before its owner agency is resolved. */
record DueFollowUpRow(long meetingId, long meetingVersion, MeetingKind kind, String title, LocalDate meetingDate, int index,
        String what, Long ownerAgencyId, LocalDate dueDate) {
}
