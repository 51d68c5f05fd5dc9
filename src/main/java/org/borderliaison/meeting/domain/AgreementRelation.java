package org.borderliaison.meeting.domain;

/** How an agreement figures in a meeting: signed there, or reviewed (its implementation discussed). */
public enum AgreementRelation {
    SIGNED,
    REVIEWED
}
