package org.borderliaison.audit;

/**
 * Implemented by entities that other records point at, so that a change of reference shows in the
 * history as a readable name instead of an object address.
 */
public interface HistoryLabel {

    String historyLabel();
}
