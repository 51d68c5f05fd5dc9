package org.borderliaison.patrol;

import java.time.LocalDate;
import java.time.LocalTime;
import org.borderliaison.agency.Country;

/**
 * A patrol as other modules and the API see it. {@code segmentTo} is null when the patrol covered a
 * single marker; an {@code endTime} before {@code startTime} means the patrol ran past midnight.
 */
public record PatrolView(long id, PatrolKind kind, LocalDate date, LocalTime startTime, LocalTime endTime,
        long ourAgencyId, long partnerAgencyId, Country partnerCountry, String segmentFrom, String segmentTo,
        Long borderGateId, int ourPersonnel, int partnerPersonnel, String findings, long version) {

    /** The border segment as officers write it: {@code 100(2) – 106(1)}. */
    public String segment() {
        return segmentTo == null ? segmentFrom : segmentFrom + " – " + segmentTo;
    }

    public boolean overnight() {
        return startTime != null && endTime != null && endTime.isBefore(startTime);
    }
}
