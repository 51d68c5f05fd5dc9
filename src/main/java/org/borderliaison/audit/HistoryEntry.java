package org.borderliaison.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * One saved change of a record: when, by whom, what kind of change, and which fields changed how, written for
 * the reader (labels, names and dates in their language). The machine-readable parts ({@code kind}, {@code action},
 * {@code author}, {@code field}) stay stable across languages.
 */
@Schema(name = "HistoryEntry", description = "One saved change of a record, in the reader's language (Accept-Language)")
public record HistoryEntry(
        @Schema(description = "Revision number, increasing over the whole database") int revision,
        Instant at,
        @Schema(description = "User name of the author") String author,
        @Schema(description = "The author's display name (the user name when the account is unknown)") String authorName,
        @Schema(description = "The name of the author's agency, if known") String authorAgency,
        @Schema(description = "Envers' kind of revision") Kind kind,
        @Schema(description = "What the change was: created, edited, cancelled, reinstated, terminated, withdrawn, statusChanged, "
                + "disabled, enabled, passwordReset, passwordChanged, deleted") String action,
        @Schema(description = "The action in the reader's language") String actionLabel,
        List<FieldChange> changes) {

    public enum Kind { CREATED, CHANGED, DELETED }

    /** SET: a value replaced ({@code before} → {@code after}); ADDED, REMOVED: one row of a list of rows. */
    public enum Change { SET, ADDED, REMOVED }

    /** A field's value before and after, as the reader reads it; for rows, the row added or removed. */
    @Schema(name = "HistoryFieldChange")
    public record FieldChange(
            @Schema(description = "The field's name in the API") String field,
            @Schema(description = "The field's label in the reader's language") String label,
            Change change,
            @Schema(description = "The value before (a removed row), null if none") String before,
            @Schema(description = "The value after (an added row), null if none") String after) {
    }
}
