package org.borderliaison.agency;

import java.time.LocalDate;
import java.util.Set;

/**
 * A stretch of a period in which the hierarchy under the agencies asked for did not change: the records dated
 * {@code from}..{@code to} (both included) of the agencies in {@code ours} (and, when a partner was asked for, with
 * the agencies in {@code partners}) count for them. A period that spans a reorganisation is split at the change.
 *
 * @param partners null when no partner was asked for (any partner)
 */
public record AttributionPiece(LocalDate from, LocalDate to, Set<Long> ours, Set<Long> partners) {
}
