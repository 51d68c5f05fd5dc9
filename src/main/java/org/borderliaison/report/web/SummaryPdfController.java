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
import org.borderliaison.shared.pdf.PdfRenderer;
import org.borderliaison.shared.web.Downloads;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The summary as a PDF to download: the page's parts (report/parts) in an A4 document with embedded fonts, in the
 * reader's language. A REST controller, so that a refusal (an agency out of scope, dates backwards or unreadable)
 * answers with the API's problem details rather than a broken file.
 */
@RestController
@Tag(name = "Reports", description = "The yearly cooperation summary")
class SummaryPdfController {

    private static final String TEMPLATE = "report/summary-pdf";

    private final SummaryService summaries;
    private final SummaryViews views;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final SummaryExports exports;

    SummaryPdfController(SummaryService summaries, SummaryViews views, ITemplateEngine templates, PdfRenderer pdf,
            SummaryExports exports) {
        this.exports = exports;
        this.summaries = summaries;
        this.views = views;
        this.templates = templates;
        this.pdf = pdf;
    }

    @GetMapping("/reports/summary.pdf")
    @Operation(summary = "The cooperation summary as a PDF (A4, fonts embedded)",
            description = """
                    The same parameters and figures as GET /api/v1/reports/summary, printed as an official report \
                    (Decree 30/2020/ND-CP): superior and issuing agency, national motto, "Số: <number>/BC-<symbol>", \
                    place-and-date line, title, the period, the narrative, every figure table that is not all zeros \
                    (with the previous period and the change where the previous period has records), the breakdowns \
                    by month and by partner agency with their charts, "Nơi nhận" and the signatory block; A4, \
                    Liberation Serif (Times New Roman's metrics), PDF/A-2b. number, recipients and the signatory \
                    replace the agency's defaults for this document; confidentiality stamps MẬT, TỐI MẬT or TUYỆT MẬT \
                    and is written to the access log. In Vietnamese, or in English with ?lang=en. Sent as an attachment \
                    named bao-cao-tong-hop-<agency code>-<from>-<to>.pdf. An agency outside the caller's scope is \
                    refused with 422 (problem details, field agencyId).""",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the PDF",
                            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))),
                    @ApiResponse(responseCode = "400", description = "a parameter that does not parse"),
                    @ApiResponse(responseCode = "422", description = "agency out of scope, unknown partner, dates backwards")})
    ResponseEntity<byte[]> pdf(@Parameter(description = "the reporting agency; its sub-tree counts") @RequestParam Long agencyId,
            @Parameter(description = "first day, ISO date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, ISO date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "partner agency; its sub-tree counts") @RequestParam(required = false) Long partnerAgencyId,
            @RequestParam(required = false) Country partnerCountry,
            @Valid @ParameterObject SummaryDocument document,
            @Parameter(hidden = true) Locale locale) {
        Summary summary = summaries.summarise(new SummaryQuery(agencyId, from, to, partnerAgencyId, partnerCountry));
        String xhtml = templates.process(TEMPLATE, new Context(locale, views.model(summary, locale, true, document)));
        // The embedded fonts have no minus sign (U+2212) of the page's changes ("−3"): print a hyphen-minus instead.
        byte[] file = pdf.render(xhtml.replace('\u2212', '-'));
        String name = SummaryFormat.fileName(summary, "pdf");
        exports.record("summary-pdf", summary, locale, name, document);
        return Downloads.attachment(MediaType.APPLICATION_PDF, name, file);
    }
}
