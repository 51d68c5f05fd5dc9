package org.borderliaison.audit;

/** The kinds of record a field may point at by id; each is named in history by the module that owns it. */
public enum Reference {
    AGENCY, BORDER_GATE, AGREEMENT, CASE, MEETING, PATROL
}
