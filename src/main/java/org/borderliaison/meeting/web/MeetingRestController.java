package org.borderliaison.meeting.web;

import static org.borderliaison.shared.web.Paging.CURSOR_AFTER;
import static org.borderliaison.shared.web.Paging.CURSOR_BEFORE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.borderliaison.agency.Agencies;
import org.borderliaison.audit.HistoryEntry;
import org.borderliaison.audit.RecordHistory;
import org.borderliaison.meeting.domain.Meeting;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.meeting.domain.MonthlyTallies;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.domain.MeetingView;
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

/** Meetings over JSON: the same service, rules and scope as the pages. */
@RestController
@RequestMapping(path = "/api/v1/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Meetings", description = "Talks, conferences, delegations, field talks, and tallies of letters and hotline contacts, "
        + "with their follow-up actions. A user sees the meetings in which an agency of their sub-tree takes part.")
class MeetingRestController {

    private final MeetingService service;
    private final Agencies agencies;
    private final RecordHistory history;
    private final MonthlyTallies tallies;

    MeetingRestController(MeetingService service, Agencies agencies, RecordHistory history, MonthlyTallies tallies) {
        this.tallies = tallies;
        this.service = service;
        this.agencies = agencies;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "List meetings", description = "Filters: period from/to (on the start date), kind, partner country, "
            + "partner agency and our agency (each with its sub-tree), field of cooperation, status, and text (accent- and "
            + "case-insensitive text). sort is date, -date (default, newest first), kind or -kind.")
    PageResult<MeetingJson.Row> list(@ParameterObject @ModelAttribute MeetingQuery query,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(required = false) @Parameter(description = CURSOR_AFTER) String after,
            @RequestParam(required = false) @Parameter(description = CURSOR_BEFORE) String before) {
        return PageResult.of(service.list(query.toFilter(agencies), Paging.of(page, size, query.toSort(), after, before)),
                MeetingJson.Row::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a meeting (404 when it does not exist or lies outside the caller's scope)")
    MeetingJson get(@PathVariable long id) {
        return MeetingJson.of(service.get(id));
    }

    @PostMapping
    @Operation(summary = "Record a meeting (officers, for meetings in which one of our agencies lies in their scope)",
            description = "hostAgencyId must be one of ourAgencyIds or partnerAgencyIds; our agencies are Vietnamese, partner "
                    + "agencies foreign; count (default 1) is the tally a record stands for, e.g. 120 hotline contacts in a month. "
                    + "agreements links agreements the caller may see (relation SIGNED or REVIEWED); newAgreement creates the "
                    + "agreement signed at the meeting in the same transaction and links it as SIGNED (a refusal of either "
                    + "saves nothing; the agreement's refusals name newAgreement.<field>).")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MeetingJson> create(@Valid @RequestBody MeetingRequests.Meeting request) {
        MeetingView meeting = service.create(request.details());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id())).body(MeetingJson.of(meeting));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a meeting; the version read must still be current, otherwise 409")
    MeetingJson update(@PathVariable long id, @Validated(MeetingRequests.Update.class) @RequestBody MeetingRequests.Meeting request) {
        return MeetingJson.of(service.update(id, request.version(), request.details()));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a meeting with a reason (the record and its history stay)")
    MeetingJson cancel(@PathVariable long id, @Valid @RequestBody MeetingRequests.Cancel request) {
        return MeetingJson.of(service.cancel(id, request.version(), request.reason()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a meeting for good (administrators; refused with 422 when another record refers to it)")
    void delete(@PathVariable long id) {
        service.delete(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Who changed what in a meeting, newest first")
    List<HistoryEntry> history(@PathVariable long id) {
        service.get(id);
        return history.of(Meeting.class, id);
    }

    @PostMapping("/{id}/follow-ups/{index}/status")
    @Operation(summary = "Set the status of a follow-up action (OPEN, DONE, CANCELLED); index is its place in followUps")
    MeetingJson followUpStatus(@PathVariable long id, @PathVariable int index,
            @Valid @RequestBody MeetingRequests.FollowUpStatusChange request) {
        return MeetingJson.of(service.setFollowUpStatus(id, request.version(), index, request.status()));
    }

    @GetMapping("/tallies")
    @Operation(summary = "A month's tallies of letters or hotline contacts of one of our agencies, one row per partner agency",
            description = "Rows: the partners of the agency's partnerships, then the other partners with a tally that month; "
                    + "month is yyyy-MM, kind LETTER_EXCHANGE or HOTLINE_CONTACT; an agency outside the caller's scope is refused "
                    + "with 422.")
    TallyJson tallies(@RequestParam Long agencyId, @RequestParam @Parameter(example = "2024-05") String month,
            @RequestParam MeetingKind kind) {
        return TallyJson.of(tallies.grid(agencyId, parseMonth(month), kind));
    }

    @PutMapping("/tallies")
    @Operation(summary = "Save a month's tallies at once (officers, for an agency of their scope)",
            description = "Each row with a count creates that month's tally with the partner, or updates its count; a row with "
                    + "an empty or 0 count cancels the tally it had. meetingId and version are those read: a tally changed or "
                    + "created since refuses the whole save with 409; a bad row refuses it with 422 naming rows[i].<field>.")
    TallyJson saveTallies(@Valid @RequestBody TallyJson.Request request) {
        return TallyJson.of(tallies.save(request.entry(), null));
    }

    private static java.time.YearMonth parseMonth(String month) {
        try {
            return java.time.YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException invalid) {
            throw new BusinessRuleException("month", "tally.error.month");
        }
    }

    @GetMapping("/follow-ups/due")
    @Operation(summary = "Open follow-up actions due within 14 days or overdue, soonest first, in the caller's scope")
    List<MeetingJson.Due> dueFollowUps(@RequestParam(defaultValue = "200") @Min(1) @Max(1000) int max) {
        return service.dueFollowUps(max).stream().map(MeetingJson.Due::of).toList();
    }
}
