package org.borderliaison.audit;

import java.util.Map;

/**
 * What a module tells history about one audited record type: every audited field (by its Java name) and, where
 * the record has them, the kinds of change beyond "created" and "edited" (cancelled, terminated...). A Spring bean
 * in the module; {@link RecordHistory} finds it by {@link #recordType()}.
 */
public interface HistoryVocabulary {

    Class<?> recordType();

    Map<String, HistoryField> fields();

    /**
     * The kind of an edit from the record's state before and after it (and who made it), as the suffix of a message
     * key {@code history.action.<kind>}; null for a plain edit.
     */
    default String action(Object before, Object after, String author) {
        return null;
    }
}
