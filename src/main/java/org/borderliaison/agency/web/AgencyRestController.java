package org.borderliaison.agency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.borderliaison.agency.AgencySearch;
import org.borderliaison.agency.BorderGateView;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.domain.Agency;
import org.borderliaison.agency.AgencyTimeline;
import org.borderliaison.agency.domain.AgencyHistoryReader;
import org.borderliaison.agency.domain.AgencyReorganisation;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.agency.domain.PartnershipService;
import org.borderliaison.audit.HistoryEntry;
import org.borderliaison.shared.web.PageResult;
import org.borderliaison.shared.web.Paging;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final AgencyHistoryEntries history;
    private final AgencyReorganisation reorganisation;
    private final AgencyHistoryReader historyReader;

    AgencyRestController(AgencyService service, Agencies agencies, PartnershipService partnerships, AgencyHistoryEntries history,
            AgencyReorganisation reorganisation, AgencyHistoryReader historyReader) {
        this.service = service;
        this.reorganisation = reorganisation;
        this.historyReader = historyReader;
        this.agencies = agencies;
        this.partnerships = partnerships;
        this.history = history;
    }

    @GetMapping("/agencies")
    @Operation(summary = "Search agencies", description = "q is matched accent- and case-insensitively against every name form and"
            + " the code (today's names). With at (yyyy-MM-dd), the tree of that day: only agencies placed then, with the parent"
            + " (parentId filters on it) and the names of that day, active unless ended by then")
    PageResult<AgencyJson> search(@RequestParam(required = false) String q, @RequestParam(required = false) Country country,
            @RequestParam(required = false) Long parentId, @RequestParam(defaultValue = "false") boolean activeOnly,
            @RequestParam(required = false) LocalDate at,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        AgencySearch search = new AgencySearch(q, country, parentId, null, activeOnly);
        var pageable = Paging.of(page, size, Sort.by("country", "nameVi"));
        return PageResult.of(at == null ? agencies.search(search, pageable) : service.searchOn(search, at, pageable), AgencyJson::of);
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

    @PostMapping("/agencies/{id}/rename")
    @Operation(summary = "Rename an agency from an effective date (administrators); earlier periods keep the old names")
    AgencyJson rename(@PathVariable long id, @Valid @RequestBody AgencyRequests.Rename request) {
        reorganisation.rename(id, request.version(), request.names(), request.effectiveDate());
        return AgencyJson.of(agencies.require(id));
    }

    @PostMapping("/agencies/{id}/merge")
    @Operation(summary = "Merge an agency into a successor from an effective date (administrators); its active sub-units go along")
    AgencyJson merge(@PathVariable long id, @Valid @RequestBody AgencyRequests.Merge request) {
        reorganisation.merge(id, request.version(), request.effectiveDate(), request.successorId());
        return AgencyJson.of(agencies.require(id));
    }

    @PostMapping("/agencies/{id}/end-units/preview")
    @Operation(summary = "Preview ending every unit of a kind directly under this agency (administrators); changes nothing")
    UnitsEndingJson previewEndUnits(@PathVariable long id, @Valid @RequestBody AgencyRequests.EndUnits request) {
        agencies.require(id);
        return UnitsEndingJson.of(reorganisation.previewEndUnits(id, request.kind(), request.effectiveDate()));
    }

    @PostMapping("/agencies/{id}/end-units")
    @Operation(summary = "End every unit of a kind directly under this agency on a date and place their sub-units under it"
            + " (administrators)")
    UnitsEndingJson endUnits(@PathVariable long id, @Valid @RequestBody AgencyRequests.EndUnits request) {
        agencies.require(id);
        return UnitsEndingJson.of(reorganisation.endUnits(id, request.kind(), request.effectiveDate()));
    }

    @PostMapping("/agencies/{id}/placements/correction")
    @Operation(summary = "Correct one of the agency's placements: its parent and first day (administrators);"
            + " the records' attribution follows")
    AgencyTimeline correctPlacement(@PathVariable long id, @Valid @RequestBody AgencyRequests.PlacementCorrection request) {
        agencies.require(id);
        reorganisation.correctPlacement(id, request.placementId(), request.parentId(), request.validFrom());
        return historyReader.timeline(id);
    }

    @PostMapping("/agencies/{id}/names/correction")
    @Operation(summary = "Correct one of the agency's names: its forms, code and first day (administrators)")
    AgencyTimeline correctName(@PathVariable long id, @Valid @RequestBody AgencyRequests.NameCorrection request) {
        agencies.require(id);
        reorganisation.correctName(id, request.nameId(), request.names(), request.validFrom());
        return historyReader.timeline(id);
    }

    @GetMapping("/agencies/{id}/timeline")
    @Operation(summary = "The agency's placements, names and reorganisation events, newest first")
    AgencyTimeline timeline(@PathVariable long id) {
        agencies.require(id);
        return historyReader.timeline(id);
    }

    @GetMapping("/agencies/{id}/history")
    @Operation(summary = "The agency's history, newest first", description = "Edits made through the form with their fields;"
            + " each reorganisation (action `reorganised`) as its sentence in actionLabel, with no field changes")
    List<HistoryEntry> history(@PathVariable long id) {
        agencies.require(id);
        return history.of(id, LocaleContextHolder.getLocale());
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
