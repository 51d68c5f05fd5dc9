package org.borderliaison.audit;

import java.time.Instant;
import java.util.List;

/** One saved change of a record: when, by whom, what kind of change, and which fields changed how. */
public record HistoryEntry(int revision, Instant at, String author, Kind kind, List<FieldChange> changes) {

    public enum Kind { CREATED, CHANGED, DELETED }

    /** A field's value before and after, rendered as text. */
    public record FieldChange(String field, String before, String after) {
    }
}
