package org.borderliaison.meeting.domain;

/** Where a follow-up action agreed at a meeting stands. */
public enum FollowUpStatus {
    OPEN,
    DONE,
    CANCELLED
}
