package org.borderliaison.meeting.web;

import io.swagger.v3.oas.annotations.media.Schema;
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
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.domain.AgreementRelation;
import org.borderliaison.meeting.domain.FollowUpStatus;
import org.borderliaison.meeting.domain.MeetingDetails;
import org.borderliaison.meeting.domain.Side;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.web.ApiDescriptions;

/** Request bodies of the meeting API. */
final class MeetingRequests {

    private MeetingRequests() {
    }

    /** Constraints checked on updates only (the version the client read). */
    interface Update extends Default {
    }

    /** A meeting to create, or (with {@code version}) the new state of one to update. */
    @Schema(name = "MeetingRequest")
    record Meeting(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = ApiDescriptions.VERSION_ON_UPDATE)
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
            List<@Valid FollowUp> followUps,
            @Schema(description = ApiDescriptions.LINK_ON_PUT) List<@Valid AgreementLink> agreements,
            @Valid NewAgreement newAgreement) {

        MeetingDetails details() {
            return new MeetingDetails(kind, title, startDate, endDate, placeCountry, locality, borderGateId, hostAgencyId,
                    ourAgencyIds, partnerAgencyIds,
                    heads == null ? null : heads.stream().map(head -> new MeetingDetails.Head(head.side(), head.name(), head.rank(), head.title())).toList(),
                    ourParticipants, partnerParticipants, topics, outcome, count,
                    followUps == null ? null : followUps.stream()
                            .map(f -> new MeetingDetails.FollowUp(f.what(), f.ownerAgencyId(), f.dueDate(), f.status())).toList(),
                    agreements == null ? null : agreements.stream()
                            .map(a -> a == null ? null : new MeetingDetails.AgreementRef(a.agreementId(), a.relation())).toList(),
                    newAgreement == null ? null : new MeetingDetails.NewAgreement(newAgreement.title(), newAgreement.kind(),
                            newAgreement.reference(), newAgreement.validFrom(), newAgreement.validTo()));
        }
    }

    @Schema(name = "MeetingHeadRequest")
    record Head(@NotNull Side side, @NotBlank @Size(max = 200) String name, @Size(max = 100) String rank,
            @Size(max = 200) String title) {
    }

    /** {@code status} defaults to OPEN. */
    @Schema(name = "MeetingFollowUpRequest")
    record FollowUp(@NotBlank @Size(max = 1000) String what, Long ownerAgencyId, @NotNull LocalDate dueDate,
            FollowUpStatus status) {
    }

    /** An agreement (one the caller may see) signed or reviewed at the meeting. */
    @Schema(name = "MeetingAgreementLinkRequest")
    record AgreementLink(@NotNull Long agreementId, @NotNull AgreementRelation relation) {
    }

    /**
     * An agreement signed at the meeting, created with it and linked as SIGNED: parties are the meeting's
     * agencies, signatories its heads of delegation (for the first agency of their side), signed on the
     * meeting's start date at its locality, about its topics. validFrom empty: from the signing date.
     */
    @Schema(name = "MeetingNewAgreementRequest")
    record NewAgreement(@NotBlank @Size(max = 500) String title, @NotNull AgreementKind kind, @Size(max = 100) String reference,
            LocalDate validFrom, LocalDate validTo) {
    }

    @Schema(name = "MeetingCancelRequest")
    record Cancel(@NotNull Long version, @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "MeetingFollowUpStatusRequest")
    record FollowUpStatusChange(@NotNull Long version, @NotNull FollowUpStatus status) {
    }
}
