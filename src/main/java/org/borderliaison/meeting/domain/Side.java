package org.borderliaison.meeting.domain;

/** Our side (Vietnamese agencies) or the partner's side (foreign agencies). */
public enum Side {
    OUR,
    PARTNER
}
