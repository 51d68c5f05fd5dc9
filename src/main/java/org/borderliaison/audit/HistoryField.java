package org.borderliaison.audit;

/**
 * How one audited field of a record reads in history: its label (the message key the record's form uses) and, for a
 * field holding an id, which kind of record it points at. A hidden field never shows (a derived or technical value).
 * A number that names rather than counts (a year) keeps its bare digits: grouped like a quantity, 2026 would read
 * "2.026" in Vietnamese.
 */
public record HistoryField(String labelKey, Reference reference, boolean shown, boolean bareDigits) {

    public static HistoryField label(String labelKey) {
        return new HistoryField(labelKey, null, true, false);
    }

    public static HistoryField reference(String labelKey, Reference reference) {
        return new HistoryField(labelKey, reference, true, false);
    }

    /** A year: its digits as written, whatever the reader's number format. */
    public static HistoryField year(String labelKey) {
        return new HistoryField(labelKey, null, true, true);
    }

    public static HistoryField hidden() {
        return new HistoryField(null, null, false, false);
    }
}
