package org.borderliaison.audit;

/**
 * The words history is written in, for one reader: messages in their language, values as the pages show them
 * (enum labels, dd/MM/yyyy dates, numbers, yes/no) and names of referenced records instead of ids.
 */
public interface HistoryTerms {

    String message(String key, Object... arguments);

    /** A value as the reader reads it; null for no value. */
    String value(Object value);

    /** The name of the record {@code id} of kind {@code reference}; a neutral "record no longer available" if unknown. */
    String name(Reference reference, Long id);
}
