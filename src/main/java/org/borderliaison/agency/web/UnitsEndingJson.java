package org.borderliaison.agency.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.UnitsEnding;

/** The bulk ending of units in the API: which units end and which sub-units move up to the parent. */
@Schema(name = "AgencyUnitsEnding")
record UnitsEndingJson(long parentId, AgencyKind kind, LocalDate effectiveDate, List<Ending> endings) {

    @Schema(name = "AgencyUnitEnding")
    record Ending(AgencyJson unit, List<AgencyJson> subUnits) {
    }

    static UnitsEndingJson of(UnitsEnding plan) {
        return new UnitsEndingJson(plan.parent().id(), plan.kind(), plan.effectiveDate(), plan.endings().stream()
                .map(ending -> new Ending(AgencyJson.of(ending.unit()), ending.subUnits().stream().map(AgencyJson::of).toList()))
                .toList());
    }
}
