package org.borderliaison.handover.web;

import static org.borderliaison.shared.web.Paging.CURSOR_AFTER;
import static org.borderliaison.shared.web.Paging.CURSOR_BEFORE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.HistoryEntry;
import org.borderliaison.audit.RecordHistory;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.handover.domain.Handover;
import org.borderliaison.handover.domain.HandoverFilter;
import org.borderliaison.handover.domain.HandoverService;
import org.borderliaison.handover.domain.PersonListImport;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.web.PageResult;
import org.borderliaison.shared.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Handovers over JSON; the same service as the pages, so scope and the personal-data policy are the same. */
@RestController
@RequestMapping(path = "/api/v1/handovers", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Handovers", description = "Persons and goods handed over to or received from partner agencies")
class HandoverRestController {

    private final HandoverService service;
    private final RecordHistory history;
    private final MessageSource messages;

    HandoverRestController(HandoverService service, RecordHistory history, MessageSource messages) {
        this.service = service;
        this.history = history;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Search handovers in the caller's scope, newest first (without the persons)")
    PageResult<HandoverJson> search(@RequestParam(required = false) HandoverDirection direction,
            @RequestParam(required = false) HandoverCategory category, @RequestParam(required = false) Country partnerCountry,
            @RequestParam(required = false) Long partnerAgencyId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(required = false) @Parameter(description = CURSOR_AFTER) String after,
            @RequestParam(required = false) @Parameter(description = CURSOR_BEFORE) String before) {
        HandoverFilter filter = new HandoverFilter(direction, category, partnerCountry, partnerAgencyId, from, to);
        return PageResult.of(service.search(filter, Paging.of(page, size, Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id")),
                        after, before)),
                HandoverJson::summary);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One handover; the persons only for officers and administrators (each such view is logged)")
    HandoverJson get(@PathVariable long id) {
        Handover handover = service.get(id);
        return HandoverJson.of(handover, service.persons(handover, "API").orElse(null));
    }

    @PostMapping
    @Operation(summary = "Record a handover (officers, administrators); a person list must match the quantity")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<HandoverJson> create(@Valid @RequestBody HandoverRequest request) {
        Handover handover = service.create(request.details());
        return ResponseEntity.created(URI.create("/api/v1/handovers/" + handover.getId()))
                .body(HandoverJson.of(handover, service.savedPersons(handover)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a handover; a stale version is refused with 409")
    HandoverJson update(@PathVariable long id, @Valid @RequestBody HandoverRequest request) {
        if (request.version() == null) {
            throw new BusinessRuleException("version", "handover.error.versionRequired");
        }
        Handover handover = service.update(id, request.version(), request.details());
        return HandoverJson.of(handover, service.savedPersons(handover));
    }

    @PostMapping(path = "/{id}/persons", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Replace the person list from CSV (UTF-8, header row); all lines or none: refused lines come back with 422")
    ResponseEntity<Object> importPersons(@PathVariable long id, @RequestParam long version, @RequestBody byte[] csv) {
        PersonListImport result = service.importPersons(id, version, csv);
        if (result.accepted()) {
            return ResponseEntity.ok(Map.of("imported", result.persons().size()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, text("handover.csv.refused"));
        problem.setType(URI.create("https://borderliaison.org/problems/csv-refused"));
        problem.setTitle(text("error.businessRule"));
        problem.setProperty("lines", result.errors().stream().map(error -> new RefusedLine(error.line(), error.column(),
                messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale()))).toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable long id) {
        service.get(id);
        return history.of(Handover.class, id);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    record RefusedLine(int line, String column, String message) {
    }
}
