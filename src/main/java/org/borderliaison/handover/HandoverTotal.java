package org.borderliaison.handover;

/**
 * One line of the handover totals: for a direction and a category, how many records and how many persons
 * (or items, for property and aid assets: see {@link HandoverCategory#persons()}).
 */
public record HandoverTotal(HandoverDirection direction, HandoverCategory category, long records, long quantity) {
}
