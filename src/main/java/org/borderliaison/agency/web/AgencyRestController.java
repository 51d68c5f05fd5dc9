package org.borderliaison.agency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.borderliaison.agency.AgencySearch;
import org.borderliaison.agency.BorderGateView;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.domain.Agency;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.agency.domain.PartnershipService;
import org.borderliaison.audit.HistoryEntry;
import org.borderliaison.audit.RecordHistory;
import org.borderliaison.shared.web.PageResult;
import org.borderliaison.shared.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Agencies, partnerships and border gates over JSON. Reads for every signed-in user; changes for administrators. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Agencies", description = "Agency hierarchies of both sides of the border, partnerships and border gates")
class AgencyRestController {

    private final AgencyService service;
    private final Agencies agencies;
    private final PartnershipService partnerships;
    private final RecordHistory history;

    AgencyRestController(AgencyService service, Agencies agencies, PartnershipService partnerships, RecordHistory history) {
        this.service = service;
        this.agencies = agencies;
        this.partnerships = partnerships;
        this.history = history;
    }

    @GetMapping("/agencies")
    @Operation(summary = "Search agencies", description = "q is matched accent- and case-insensitively against every name form and the code")
    PageResult<AgencyJson> search(@RequestParam(required = false) String q, @RequestParam(required = false) Country country,
            @RequestParam(required = false) Long parentId, @RequestParam(defaultValue = "false") boolean activeOnly,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        AgencySearch search = new AgencySearch(q, country, parentId, null, activeOnly);
        return PageResult.of(agencies.search(search, Paging.of(page, size, Sort.by("country", "nameVi"))), AgencyJson::of);
    }

    @GetMapping("/agencies/{id}")
    AgencyJson get(@PathVariable long id) {
        return AgencyJson.of(agencies.require(id));
    }

    @PostMapping("/agencies")
    @Operation(summary = "Create an agency (administrators)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AgencyJson> create(@Valid @RequestBody AgencyRequests.Create request) {
        Agency agency = service.create(request.country(), request.parentId(), request.details());
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + agency.getId())).body(AgencyJson.of(agency.toView()));
    }

    @PutMapping("/agencies/{id}")
    @Operation(summary = "Update an agency's description and the defaults of its official documents (administrators); "
            + "a stale version is refused with 409")
    AgencyJson update(@PathVariable long id, @Valid @RequestBody AgencyRequests.Update request) {
        return AgencyJson.of(service.update(id, request.version(), request.details(), request.documents()).toView());
    }

    @PostMapping("/agencies/{id}/move")
    @Operation(summary = "Move an agency and its sub-tree under a new parent (administrators); cycles are refused")
    AgencyJson move(@PathVariable long id, @Valid @RequestBody AgencyRequests.Move request) {
        return AgencyJson.of(service.move(id, request.version(), request.parentId(), request.effectiveDate()).toView());
    }

    @PostMapping("/agencies/{id}/dissolve")
    @Operation(summary = "Dissolve an agency, or merge it into a successor (administrators)")
    AgencyJson dissolve(@PathVariable long id, @Valid @RequestBody AgencyRequests.Dissolve request) {
        return AgencyJson.of(service.dissolve(id, request.version(), request.effectiveDate(), request.successorId()).toView());
    }

    @GetMapping("/agencies/{id}/history")
    List<HistoryEntry> history(@PathVariable long id) {
        agencies.require(id);
        return history.of(Agency.class, id);
    }

    @GetMapping("/agencies/{id}/partnerships")
    List<PartnershipJson> partnershipsOf(@PathVariable long id) {
        agencies.require(id);
        return partnerships.of(id).stream().map(PartnershipJson::of).toList();
    }

    @GetMapping("/partnerships")
    List<PartnershipJson> partnerships() {
        return partnerships.all().stream().map(PartnershipJson::of).toList();
    }

    @PostMapping("/partnerships")
    @ResponseStatus(HttpStatus.CREATED)
    PartnershipJson createPartnership(@Valid @RequestBody AgencyRequests.NewPartnership request) {
        return PartnershipJson.of(partnerships.create(request.vnAgencyId(), request.partnerAgencyId(), request.level(),
                request.establishedOn(), request.note()));
    }

    @DeleteMapping("/partnerships/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deletePartnership(@PathVariable long id) {
        partnerships.delete(id);
    }

    @GetMapping("/border-gates")
    List<BorderGateView> borderGates() {
        return agencies.borderGates();
    }
}
