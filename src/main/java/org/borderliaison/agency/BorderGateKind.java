package org.borderliaison.agency;

/** Standing of a border gate: international, main (chính), secondary (phụ), or an opening (lối mở). */
public enum BorderGateKind {
    INTERNATIONAL, MAIN, SECONDARY, OPENING
}
