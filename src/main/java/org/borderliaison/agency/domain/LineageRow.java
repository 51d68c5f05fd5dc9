package org.borderliaison.agency.domain;

import java.time.LocalDate;

/** {@code ancestorId} is {@code depth} levels above {@code agencyId} (0: itself) from {@code validFrom} until {@code validUntil}. */
record LineageRow(long agencyId, long ancestorId, int depth, LocalDate validFrom, LocalDate validUntil) {

    static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    boolean overlaps(LocalDate from, LocalDate until) {
        return (until == null || validFrom.isBefore(until)) && (validUntil == null || validUntil.isAfter(from));
    }
}
