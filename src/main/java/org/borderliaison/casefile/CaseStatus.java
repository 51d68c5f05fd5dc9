package org.borderliaison.casefile;

/** Where a case stands, from the first exchange of information with the partner to its closing. */
public enum CaseStatus {
    INFORMATION_EXCHANGED, VERIFYING, INVESTIGATING, ARRESTED_OR_SOLVED, CLOSED
}
