package org.borderliaison.meeting.domain;

/** A meeting is recorded, or cancelled with a reason (records are not deleted once saved). */
public enum MeetingStatus {
    RECORDED,
    CANCELLED
}
