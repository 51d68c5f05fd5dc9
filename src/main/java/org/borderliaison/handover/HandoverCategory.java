package org.borderliaison.handover;

/** What was handed over. The first five are persons (the count is of persons), the last two are things (the count is of items). */
public enum HandoverCategory {
    WANTED_FUGITIVE(true),
    ILLEGAL_ENTRANT(true),
    CITIZEN_NOT_PERMITTED_TO_RESIDE(true),
    SUSPECTED_TRAFFICKING_VICTIM(true),
    OTHER_PERSON(true),
    PROPERTY(false),
    AID_ASSET(false);

    private final boolean persons;

    HandoverCategory(boolean persons) {
        this.persons = persons;
    }

    /** Whether the record counts persons (and may list them) rather than items. */
    public boolean persons() {
        return persons;
    }
}
