package org.borderliaison.meeting.domain;

import java.time.LocalDate;
import org.borderliaison.meeting.MeetingKind;

/** A meeting at which a given agreement was signed or reviewed, as the agreement's page lists it. */
public record AgreementMeeting(long id, MeetingKind kind, String title, LocalDate startDate, MeetingStatus status,
        AgreementRelation relation) {
}
