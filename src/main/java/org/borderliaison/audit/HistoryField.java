package org.borderliaison.audit;

/**
 * How one audited field of a record reads in history: its label (the message key the record's form uses) and, for a
 * field holding an id, which kind of record it points at. A hidden field never shows (a derived or technical value).
 */
public record HistoryField(String labelKey, Reference reference, boolean shown) {

    public static HistoryField label(String labelKey) {
        return new HistoryField(labelKey, null, true);
    }

    public static HistoryField reference(String labelKey, Reference reference) {
        return new HistoryField(labelKey, reference, true);
    }

    public static HistoryField hidden() {
        return new HistoryField(null, null, false);
    }
}
