package org.borderliaison.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import org.borderliaison.agency.Country;
import org.borderliaison.report.Summary;
import org.borderliaison.report.SummaryQuery;
import org.borderliaison.report.SummaryService;
import org.borderliaison.shared.web.Downloads;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The summary as an Excel download, with the API's parameters. A REST controller so that a refusal (an agency out
 * of scope, a backwards period, a date that does not parse) answers the API's problem details (422, 400), not an
 * error page or a 500.
 */
@RestController
@Tag(name = "Reports", description = "The yearly cooperation summary")
class SummaryExcelController {

    private final SummaryService summaries;
    private final SummaryWorkbook workbook;
    private final SummaryHeadings headings;
    private final SummaryExports exports;

    SummaryExcelController(SummaryService summaries, SummaryWorkbook workbook, SummaryHeadings headings, SummaryExports exports) {
        this.exports = exports;
        this.headings = headings;
        this.summaries = summaries;
        this.workbook = workbook;
    }

    @GetMapping(path = "/reports/summary.xlsx", produces = SummaryWorkbook.MEDIA_TYPE)
    @Operation(summary = "The cooperation summary as an Excel workbook (.xlsx)",
            description = """
                    The same figures as GET /api/v1/reports/summary with the same parameters, in the reader's language \
                    (?lang=en for English). Sheet 1: the official header (agencies, number, motto, date line, title, as the \
                    PDF; number and confidentiality as for the PDF), a title block, the narrative, then one row per figure (section, figure, this \
                    period, previous period, change), every kind and category included, zeros too; numbers are numeric \
                    cells with the exact values (quantities in the canonical unit). Sheet 2: every month of the period \
                    (meetings and contacts, patrols, cases, persons handed over and received). Sheet 3: the same \
                    measures per partner agency (name, code), busiest first. Sent as an attachment named \
                    bao-cao-tong-hop-<agency code>-<from>-<to>.xlsx. An agency outside the caller's scope or a period \
                    that ends before it starts is refused with 422, a malformed date with 400 (problem details).""",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the workbook",
                            content = @Content(mediaType = SummaryWorkbook.MEDIA_TYPE,
                                    schema = @Schema(type = "string", format = "binary"))),
                    @ApiResponse(responseCode = "400", description = "a parameter that does not parse",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                    @ApiResponse(responseCode = "422", description = "agency out of scope, unknown partner or backwards period",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))})
    ResponseEntity<byte[]> download(@RequestParam Long agencyId,
            @Parameter(description = "first day, ISO date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, ISO date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "partner agency; its sub-tree counts") @RequestParam(required = false) Long partnerAgencyId,
            @RequestParam(required = false) Country partnerCountry,
            @Valid @ParameterObject SummaryDocument document,
            @Parameter(hidden = true) Locale locale) {
        Summary summary = summaries.summarise(new SummaryQuery(agencyId, from, to, partnerAgencyId, partnerCountry));
        byte[] body = workbook.write(summary, headings.heading(summary, document, locale), locale);
        String name = SummaryFormat.fileName(summary, "xlsx");
        exports.record("summary-xlsx", summary, locale, name, document);
        return Downloads.attachment(MediaType.parseMediaType(SummaryWorkbook.MEDIA_TYPE), name, body);
    }
}
