package org.borderliaison.patrol.domain;

import java.time.LocalDate;
import org.borderliaison.patrol.PatrolKind;

/**
 * Filters of the patrol list: kind, a date range, our unit and the partner unit (each with the units
 * beneath it), and text matched accent-insensitively against markers and findings. Null means any.
 */
public record PatrolSearch(PatrolKind kind, LocalDate from, LocalDate to, Long ourAgencyId, Long partnerAgencyId, String q) {

    public static PatrolSearch any() {
        return new PatrolSearch(null, null, null, null, null, null);
    }
}
