package org.borderliaison.casefile.web;

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
import java.util.Set;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.HistoryEntry;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.casefile.CaseFiles;
import org.borderliaison.casefile.CaseStatus;
import org.borderliaison.casefile.CaseTotals;
import org.borderliaison.casefile.CaseTotalsQuery;
import org.borderliaison.casefile.domain.CaseFile;
import org.borderliaison.casefile.domain.CaseFileService;
import org.borderliaison.casefile.domain.CaseFilter;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.ScopeService;
import org.borderliaison.shared.web.PageResult;
import org.borderliaison.shared.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
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

/**
 * Cases over JSON: reads within the user's scope; officers and administrators create and update. No delete.
 * Parameter constraints use MVC's built-in method validation (no class-level {@code @Validated}), so they end as 400s.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Cases worked with partner agencies, their status steps and seizures")
class CaseRestController {

    private final CaseFileService service;
    private final CaseFiles caseFiles;
    private final Agencies agencies;
    private final ScopeService scope;

    CaseRestController(CaseFileService service, CaseFiles caseFiles, Agencies agencies, ScopeService scope) {
        this.scope = scope;
        this.service = service;
        this.caseFiles = caseFiles;
        this.agencies = agencies;
    }

    @GetMapping
    @Operation(summary = "Search cases in the caller's scope",
            description = "leadAgencyId includes its sub-units; q matches references and summary accent-insensitively; "
                    + "sort is one of openedOn, ourReference, statusSince, subjects with ,asc or ,desc")
    PageResult<CaseRowJson> search(@RequestParam(required = false) String q, @RequestParam(required = false) CaseCategory category,
            @RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Long leadAgencyId,
            @RequestParam(required = false) Long partnerAgencyId, @RequestParam(required = false) Country partnerCountry,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedTo,
            @RequestParam(defaultValue = CaseListing.DEFAULT_SORT) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(required = false) @Parameter(description = CURSOR_AFTER) String after,
            @RequestParam(required = false) @Parameter(description = CURSOR_BEFORE) String before) {
        CaseFilter filter = new CaseFilter(q, category, status, leadAgencyId, partnerAgencyId, partnerCountry, openedFrom, openedTo);
        Page<CaseFile> found = service.search(filter, Paging.of(page, size, CaseListing.sort(sort), after, before));
        var names = CaseListing.agencies(agencies, found.getContent(), false);
        return PageResult.of(found, c -> CaseRowJson.of(c, names));
    }

    @GetMapping("/{id}")
    CaseJson get(@PathVariable long id) {
        return json(service.get(id));
    }

    @PostMapping
    @Operation(summary = "Record a case (officers, administrators); the lead agency must be in the caller's scope")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CaseJson> create(@Valid @RequestBody CaseRequest request) {
        CaseFile created = service.create(request.command());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + created.getId())).body(json(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a case; a changed status adds a dated step; a stale version is refused with 409")
    CaseJson update(@PathVariable long id, @Validated(CaseRequest.Update.class) @RequestBody CaseRequest request) {
        return json(service.update(id, request.version(), request.command()));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable long id) {
        return service.history(id);
    }

    @GetMapping("/totals")
    @Operation(summary = "Cases per category and seizures per item in the canonical unit",
            description = "For the cases led by ourAgencyId and its sub-units (in the caller's scope), opened from..to")
    CaseTotals totals(@RequestParam long ourAgencyId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Set<Long> partnerAgencyId, @RequestParam(required = false) Country partnerCountry) {
        scope.requireCovered(ourAgencyId, "ourAgencyId");
        if (to.isBefore(from)) {
            throw new BusinessRuleException("to", "case.error.rangeBackwards");
        }
        // Each piece of the period counts with the hierarchy of its time (a period across a reorganisation is split).
        return CaseTotals.sum(agencies.attribution(ourAgencyId, null, from, to).stream()
                .map(piece -> caseFiles.totals(new CaseTotalsQuery(piece.ours(), piece.from(), piece.to(), partnerAgencyId, partnerCountry)))
                .toList());
    }

    private CaseJson json(CaseFile caseFile) {
        return CaseJson.of(caseFile, CaseListing.agencies(agencies, List.of(caseFile), true));
    }
}
