package org.borderliaison.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.borderliaison.agency.Country;
import org.borderliaison.report.Summary;
import org.borderliaison.report.SummaryQuery;
import org.borderliaison.report.SummaryService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reports", description = "The yearly cooperation summary")
class SummaryRestController {

    private final SummaryService summaries;

    SummaryRestController(SummaryService summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/summary")
    @Operation(summary = "The cooperation summary of an agency and its sub-tree for a period",
            description = """
                    Every figure beside the previous period of the same length (whole months step back by months, so a \
                    year compares with the year before; other ranges by days). Each figure is an object \
                    {current, previous, change}. Stable keys: `meetings.<MeetingKind>`, \
                    `agreements.<AgreementKind>.{signed, inForceAtEnd}`, \
                    `patrols.<PatrolKind>.{patrols, ourPersonnel, partnerPersonnel}`, \
                    `cases.<CaseCategory>.{cases, subjects, victims, seizures[{item, unit, quantity}]}` (quantities in \
                    the canonical unit: kg, pills, VND...), `publicOrderCases` (cases of the public-order categories: \
                    trafficking, fraud, cybercrime, wanted persons, other), \
                    `handovers.<HandoverDirection>.<HandoverCategory>.{records, quantity}` (persons, or items for \
                    property and aid assets), `narrative.{vi, en}`. Every kind and category is present, zeros \
                    included. Breakdowns of the current period: `byMonth[{month: "yyyy-MM", activity}]` (every month) \
                    and `byPartner[{partner: {id, code, nameVi, nameEn}, activity}]` (partners grouped under their \
                    provincial-level agency, or one level below the chosen partner; busiest first), with \
                    `activity = {meetings, patrols, cases, persons}` (meeting events, patrols, cases opened, persons \
                    handed over or received; a record with several partners counts for each). Dates are ISO (yyyy-MM-dd); without dates the current \
                    calendar year. An agency outside the caller's scope is refused with 422 (field agencyId).""")
    Summary summary(@RequestParam Long agencyId,
            @Parameter(description = "first day, ISO date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, ISO date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "partner agency; its sub-tree counts") @RequestParam(required = false) Long partnerAgencyId,
            @RequestParam(required = false) Country partnerCountry) {
        return summaries.summarise(new SummaryQuery(agencyId, from, to, partnerAgencyId, partnerCountry));
    }
}
