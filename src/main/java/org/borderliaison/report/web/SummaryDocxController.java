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
 * The summary as a Word file, for staff to finish the narrative before it is signed. A REST controller like the PDF's,
 * so that a refusal answers with problem details rather than a broken file.
 */
@RestController
@Tag(name = "Reports", description = "The yearly cooperation summary")
class SummaryDocxController {

    private final SummaryService summaries;
    private final SummaryHeadings headings;
    private final SummaryViews views;
    private final SummaryDocx docx;
    private final SummaryExports exports;

    SummaryDocxController(SummaryService summaries, SummaryHeadings headings, SummaryViews views, SummaryDocx docx, SummaryExports exports) {
        this.summaries = summaries;
        this.headings = headings;
        this.views = views;
        this.docx = docx;
        this.exports = exports;
    }

    @GetMapping(path = "/reports/summary.docx", produces = SummaryDocx.MEDIA_TYPE)
    @Operation(summary = "The cooperation summary as a Word file (.docx)",
            description = """
                    The same parameters as GET /reports/summary.pdf and the same official report (Decree 30/2020/ND-CP): \
                    the header (superior and issuing agency, national motto, number, place-and-date line, title, \
                    confidentiality mark), the period, the narrative as an editable paragraph, every figure table that \
                    is not all zeros and the breakdowns by month and by partner as Word tables, "Nơi nhận" and the \
                    signatory block; A4 with the decree's margins, Times New Roman. Sent as an attachment named \
                    bao-cao-tong-hop-<agency code>-<from>-<to>.docx; the download (with its number and mark) is written \
                    to the access log. An agency outside the caller's scope or a period that ends before it starts is \
                    refused with 422, a malformed parameter with 400 (problem details).""",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the Word file",
                            content = @Content(mediaType = SummaryDocx.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))),
                    @ApiResponse(responseCode = "400", description = "a parameter that does not parse or is too long",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                    @ApiResponse(responseCode = "422", description = "agency out of scope, unknown partner or backwards period",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))})
    ResponseEntity<byte[]> download(@Parameter(description = "the reporting agency; its sub-tree counts") @RequestParam Long agencyId,
            @Parameter(description = "first day, ISO date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, ISO date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "partner agency; its sub-tree counts") @RequestParam(required = false) Long partnerAgencyId,
            @RequestParam(required = false) Country partnerCountry,
            @Valid @ParameterObject SummaryDocument document,
            @Parameter(hidden = true) Locale locale) {
        Summary summary = summaries.summarise(new SummaryQuery(agencyId, from, to, partnerAgencyId, partnerCountry));
        byte[] body = docx.write(summary, headings.heading(summary, document, locale), views.breakdowns(summary, locale), locale);
        String name = SummaryFormat.fileName(summary, "docx");
        exports.record("summary-docx", summary, locale, name, document);
        return Downloads.attachment(MediaType.parseMediaType(SummaryDocx.MEDIA_TYPE), name, body);
    }
}
