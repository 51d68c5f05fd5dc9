package org.borderliaison.handover;

/** Sex of a person handed over, as written on the handover record. */
public enum Sex {
    MALE,
    FEMALE
}
