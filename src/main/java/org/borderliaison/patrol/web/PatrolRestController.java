package org.borderliaison.patrol.web;

import static org.borderliaison.shared.web.Paging.CURSOR_AFTER;
import static org.borderliaison.shared.web.Paging.CURSOR_BEFORE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.HistoryEntry;
import org.borderliaison.audit.RecordHistory;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.PatrolTotal;
import org.borderliaison.patrol.PatrolView;
import org.borderliaison.patrol.Patrols;
import org.borderliaison.patrol.domain.Patrol;
import org.borderliaison.patrol.domain.PatrolSearch;
import org.borderliaison.patrol.domain.PatrolService;
import org.borderliaison.shared.ScopeService;
import org.borderliaison.shared.web.PageResult;
import org.borderliaison.shared.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Patrols over JSON: reads for every signed-in user within their scope; records and edits for officers. */
@RestController
@RequestMapping(path = "/api/v1/patrols", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Patrols", description = "Bilateral and joint law-enforcement patrols with partner units")
class PatrolRestController {

    private final PatrolService service;
    private final Patrols patrols;
    private final Agencies agencies;
    private final PatrolAgencies patrolAgencies;
    private final RecordHistory history;
    private final ScopeService scope;

    PatrolRestController(PatrolService service, Patrols patrols, Agencies agencies, PatrolAgencies patrolAgencies,
            RecordHistory history, ScopeService scope) {
        this.scope = scope;
        this.service = service;
        this.patrols = patrols;
        this.agencies = agencies;
        this.patrolAgencies = patrolAgencies;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Search patrols", description = "Newest first. ourAgencyId and partnerAgencyId include the units "
            + "beneath them; q is matched accent-insensitively against markers and findings; dates are yyyy-MM-dd or dd/MM/yyyy")
    PageResult<PatrolJson> search(@RequestParam(required = false) PatrolKind kind, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long ourAgencyId,
            @RequestParam(required = false) Long partnerAgencyId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(required = false) @Parameter(description = CURSOR_AFTER) String after,
            @RequestParam(required = false) @Parameter(description = CURSOR_BEFORE) String before) {
        Page<PatrolView> found = service.search(new PatrolSearch(kind, from, to, ourAgencyId, partnerAgencyId, q),
                Paging.of(page, size, PatrolSort.dateDesc.sort(), after, before)).map(Patrol::toView);
        var named = patrolAgencies.of(found.getContent());
        return PageResult.of(found, patrol -> PatrolJson.of(patrol, named));
    }

    @GetMapping("/{id}")
    PatrolJson get(@PathVariable long id) {
        return json(patrols.require(id));
    }

    @PostMapping
    @Operation(summary = "Record a patrol (officers, for a unit of their scope)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PatrolJson> create(@Valid @RequestBody PatrolRequests.Patrol request) {
        PatrolView created = service.create(request.details()).toView();
        return ResponseEntity.created(URI.create("/api/v1/patrols/" + created.id())).body(json(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a patrol (officers); the version read must be sent, a stale one is refused with 409")
    PatrolJson update(@PathVariable long id,
            @Validated({Default.class, PatrolRequests.OnUpdate.class}) @RequestBody PatrolRequests.Patrol request) {
        return json(service.update(id, request.version(), request.details()).toView());
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable long id) {
        patrols.require(id);
        return history.of(Patrol.class, id);
    }

    @GetMapping("/totals")
    @Operation(summary = "Patrols by kind with personnel per side, for an agency and the units beneath it, over a period",
            description = "What the cooperation summary counts; optionally only with one partner agency (and its units) or "
                    + "partner country. An agency outside the caller's scope is refused with 422 (field agencyId), as by the "
                    + "case totals and the summary.")
    List<PatrolTotal> totals(@RequestParam long agencyId, @RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) Long partnerAgencyId, @RequestParam(required = false) Country partnerCountry) {
        scope.requireCovered(agencyId, "agencyId");
        // Each piece of the period counts with the hierarchy of its time (a period across a reorganisation is split).
        return PatrolTotal.sum(agencies.attribution(agencyId, partnerAgencyId, from, to).stream()
                .map(piece -> patrols.totals(piece.ours(), piece.from(), piece.to(), piece.partners() == null ? Set.of() : piece.partners(),
                        partnerCountry)).toList());
    }

    private PatrolJson json(PatrolView patrol) {
        return PatrolJson.of(patrol, patrolAgencies.of(List.of(patrol)));
    }
}
