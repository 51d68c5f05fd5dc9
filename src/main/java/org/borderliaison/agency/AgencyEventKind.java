package org.borderliaison.agency;

/** What happened to an agency on a date, as an administrator did it. */
public enum AgencyEventKind {
    CREATED, MOVED, RENAMED, MERGED, ABSORBED, DISSOLVED, UNITS_ENDED, PLACEMENT_CORRECTED, NAME_CORRECTED
}
