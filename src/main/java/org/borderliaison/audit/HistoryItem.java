package org.borderliaison.audit;

/**
 * A row of a record (a head of delegation, a party, a seizure...) that history lists as added or removed: it
 * describes itself in the reader's terms, naming what it points at.
 */
public interface HistoryItem {

    String describe(HistoryTerms terms);
}
