package org.borderliaison.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.List;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.audit.HistoryEntry;
import org.borderliaison.shared.web.PageResult;
import org.borderliaison.shared.web.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Agreements over JSON: the same service, rules and scope as the pages. */
@RestController
@RequestMapping(path = "/api/v1/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Agreements", description = "Cooperation agreements (memoranda, yearly plans, minutes, treaties) with their "
        + "parties, signatories, validity and attached scans; seen and written within the user's scope")
class AgreementRestController {

    private final AgreementService service;

    AgreementRestController(AgreementService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List agreements in scope",
            description = "Filters: signedFrom/signedTo (yyyy-MM-dd or dd/MM/yyyy), kind, partnerCountry, partnerAgencyId and "
                    + "ourAgencyId (with their sub-units), field, status (EXPIRED = in force but past validTo), text (accent-insensitive "
                    + "over titles, reference, summary). sort = signedOn|titleVi|validTo with ,asc or ,desc.")
    PageResult<AgreementJson.Row> list(@ParameterObject @ModelAttribute AgreementListParams params,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return PageResult.of(service.search(params.filter(), Paging.of(params.getPage(), size, params.toSort())),
                AgreementJson.Row::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agreement (404 when it does not exist or lies outside the user's scope)")
    AgreementJson.Detail get(@PathVariable long id) {
        return AgreementJson.Detail.of(service.detail(id));
    }

    @PostMapping
    @Operation(summary = "Create an agreement (officers, administrators)",
            description = "Two or more distinct parties, at least one Vietnamese (in the user's scope) and one foreign; "
                    + "signatories sign for a party; validTo not before validFrom. status DRAFT or IN_FORCE (default).")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AgreementJson.Detail> create(@Valid @RequestBody AgreementRequests.Write request) {
        long id = service.create(request.command(AgreementStatus.IN_FORCE));
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + id)).body(AgreementJson.Detail.of(service.detail(id)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an agreement's content", description = "version is the one read; a stale version is refused with 409.")
    AgreementJson.Detail update(@PathVariable long id,
            @Validated({Default.class, AgreementRequests.OnUpdate.class}) @RequestBody AgreementRequests.Write request) {
        service.update(id, request.version(), request.command(null));
        return AgreementJson.Detail.of(service.detail(id));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a draft, with the reason")
    AgreementJson.Detail withdraw(@PathVariable long id, @Valid @RequestBody AgreementRequests.Withdraw request) {
        service.withdraw(id, request.version(), request.reason());
        return AgreementJson.Detail.of(service.detail(id));
    }

    @PostMapping("/{id}/terminate")
    @Operation(summary = "Terminate an agreement in force, with the date and the reason")
    AgreementJson.Detail terminate(@PathVariable long id, @Valid @RequestBody AgreementRequests.Terminate request) {
        service.terminate(id, request.version(), request.terminatedOn(), request.reason());
        return AgreementJson.Detail.of(service.detail(id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an agreement for good (administrators); refused (422) while anything references it")
    void delete(@PathVariable long id) {
        service.delete(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Who changed what, when: newest first")
    List<HistoryEntry> history(@PathVariable long id) {
        return service.history(id);
    }

    @GetMapping("/expiring")
    @Operation(summary = "Agreements in force ending within 90 days or already ended, that no signed agreement replaces")
    List<AgreementJson.Row> expiring(@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return service.expiring(limit).stream().map(AgreementJson.Row::of).toList();
    }
}
