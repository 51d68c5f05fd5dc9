package org.borderliaison.meeting.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderliaison.agency.Country;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.domain.FollowUpStatus;
import org.borderliaison.meeting.domain.MeetingDetails;
import org.borderliaison.meeting.domain.Side;
import org.borderliaison.shared.CooperationField;

/** Request bodies of the meeting API. */
final class MeetingRequests {

    private MeetingRequests() {
    }

    /** Constraints checked on updates only (the version the client read). */
    interface Update extends Default {
    }

    /** A meeting to create, or (with {@code version}) the new state of one to update. */
    record Meeting(
            @NotNull(groups = Update.class) Long version,
            @NotNull MeetingKind kind,
            @Size(max = 300) String title,
            @NotNull LocalDate startDate,
            LocalDate endDate,
            @NotNull Country placeCountry,
            @Size(max = 200) String locality,
            Long borderGateId,
            @NotNull Long hostAgencyId,
            @NotEmpty List<Long> ourAgencyIds,
            List<Long> partnerAgencyIds,
            List<@Valid Head> heads,
            @Min(0) Integer ourParticipants,
            @Min(0) Integer partnerParticipants,
            Set<CooperationField> topics,
            @Size(max = 4000) String outcome,
            @Min(1) Integer count,
            List<@Valid FollowUp> followUps) {

        MeetingDetails details() {
            return new MeetingDetails(kind, title, startDate, endDate, placeCountry, locality, borderGateId, hostAgencyId,
                    ourAgencyIds, partnerAgencyIds,
                    heads == null ? null : heads.stream().map(head -> new MeetingDetails.Head(head.side(), head.name(), head.rank(), head.title())).toList(),
                    ourParticipants, partnerParticipants, topics, outcome, count,
                    followUps == null ? null : followUps.stream()
                            .map(f -> new MeetingDetails.FollowUp(f.what(), f.ownerAgencyId(), f.dueDate(), f.status())).toList());
        }
    }

    record Head(@NotNull Side side, @NotBlank @Size(max = 200) String name, @Size(max = 100) String rank,
            @Size(max = 200) String title) {
    }

    /** {@code status} defaults to OPEN. */
    record FollowUp(@NotBlank @Size(max = 1000) String what, Long ownerAgencyId, @NotNull LocalDate dueDate,
            FollowUpStatus status) {
    }

    record Cancel(@NotNull Long version, @NotBlank @Size(max = 1000) String reason) {
    }

    record FollowUpStatusChange(@NotNull Long version, @NotNull FollowUpStatus status) {
    }
}
