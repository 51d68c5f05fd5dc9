package org.borderliaison.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.domain.TallyEntry;
import org.borderliaison.meeting.domain.TallyGrid;
import org.borderliaison.shared.BusinessRuleException;

/** The monthly tally grid in the API. Field names are part of the API contract. */
@Schema(name = "MeetingTallies")
record TallyJson(long agencyId, String month, MeetingKind kind, List<Row> rows,
        @Schema(description = "Tallies created by the save (absent on a read)") Integer created,
        @Schema(description = "Tallies whose count the save changed (absent on a read)") Integer updated,
        @Schema(description = "Tallies cancelled because their count was emptied (absent on a read)") Integer cancelled) {

    static TallyJson of(TallyGrid grid) {
        return new TallyJson(grid.agency().id(), grid.month().toString(), grid.kind(), grid.rows().stream().map(Row::of).toList(),
                null, null, null);
    }

    static TallyJson of(TallyEntry.Outcome outcome) {
        TallyGrid grid = outcome.grid();
        return new TallyJson(grid.agency().id(), grid.month().toString(), grid.kind(), grid.rows().stream().map(Row::of).toList(),
                outcome.created(), outcome.updated(), outcome.cancelled());
    }

    /** One partner agency's tally of the month: meetingId, version and count are absent when it has none. */
    @Schema(name = "MeetingTallyRow")
    record Row(long partnerAgencyId, MeetingJson.AgencyRef partner, Long meetingId, Long version, Integer count) {

        static Row of(TallyGrid.Row row) {
            return new Row(row.partner().id(), MeetingJson.AgencyRef.of(row.partner()), row.meetingId(), row.version(), row.count());
        }
    }

    /** The month's counts to save. */
    @Schema(name = "MeetingTalliesRequest")
    record Request(
            @NotNull Long agencyId,
            @NotNull @Pattern(regexp = "\\d{4}-\\d{2}") @Schema(example = "2024-05") String month,
            @NotNull MeetingKind kind,
            @NotNull @Size(max = 100) List<@Valid @NotNull RowRequest> rows) {

        TallyEntry entry() {
            YearMonth parsed;
            try {
                parsed = YearMonth.parse(month);
            } catch (java.time.format.DateTimeParseException invalid) {
                throw new BusinessRuleException("month", "tally.error.month");
            }
            return new TallyEntry(agencyId, parsed, kind, rows.stream()
                    .map(row -> new TallyEntry.Row(row.partnerAgencyId(), row.meetingId(), row.version(), row.count())).toList());
        }
    }

    /**
     * A partner's count: meetingId and version as read (absent for a partner without a tally), count empty or 0 to cancel
     * the month's tally.
     */
    @Schema(name = "MeetingTallyRowRequest")
    record RowRequest(@NotNull Long partnerAgencyId, Long meetingId, Long version, Integer count) {
    }
}
