package org.borderliaison.agency;

import java.time.LocalDate;
import java.util.List;

/**
 * The bulk ending of every unit of one kind directly under a parent on a date (the district police on 1 March 2025):
 * which units end and which of their sub-units are placed directly under the parent. Shown before it is applied.
 */
public record UnitsEnding(AgencyView parent, AgencyKind kind, LocalDate effectiveDate, List<Ending> endings) {

    public record Ending(AgencyView unit, List<AgencyView> subUnits) {
    }

    public int subUnitCount() {
        return endings.stream().mapToInt(ending -> ending.subUnits().size()).sum();
    }
}
