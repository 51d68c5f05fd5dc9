package org.borderliaison.casefile.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.casefile.CaseStatus;
import org.borderliaison.casefile.SeizureItem;
import org.borderliaison.casefile.SeizureUnit;
import org.borderliaison.casefile.domain.CaseCommand;
import org.borderliaison.shared.web.ApiDescriptions;

/**
 * A case as the API receives it for create and update. Field names match the page form's, so a refusal names
 * the same field ({@code seizures[1].unit}) on both. {@code version} is required on update. A PUT replaces the case:
 * {@code patrolIds}, {@code meetingIds} and {@code agreementIds} left out (or null) remove the links, as an empty list does
 * (the API's one rule, {@link ApiDescriptions#LINK_ON_PUT}); a refused link names the form's row ({@code patrols[0].id}).
 */
record CaseRequest(
        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = ApiDescriptions.VERSION_ON_UPDATE)
        @NotNull(groups = Update.class) Long version,
        @NotNull CaseCategory category,
        @NotBlank @Size(max = 60) String ourReference,
        @Size(max = 60) String partnerReference,
        @NotNull LocalDate openedOn,
        @NotNull CaseStatus status,
        LocalDate statusDate,
        @Size(max = 500) String statusNote,
        @NotNull Long leadAgencyId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The partner agencies worked with: at least one, each "
                + "foreign and named once (refused with 422 otherwise)") @Valid List<@NotNull Partner> partners,
        @Min(0) Integer subjects,
        @Min(0) Integer victims,
        @Size(max = 4000) String summary,
        @Valid List<@NotNull SeizureRequest> seizures,
        @Schema(description = ApiDescriptions.LINK_ON_PUT) List<@NotNull Long> patrolIds,
        @Schema(description = ApiDescriptions.LINK_ON_PUT) List<@NotNull Long> meetingIds,
        @Schema(description = ApiDescriptions.LINK_ON_PUT) List<@NotNull Long> agreementIds) {

    /** Validation group of an update: the default constraints and the version. */
    interface Update extends jakarta.validation.groups.Default {
    }

    @Schema(name = "CasePartnerRequest")
    record Partner(@NotNull Long agencyId) {
    }

    @Schema(name = "CaseSeizureRequest")
    record SeizureRequest(@NotNull SeizureItem item, @NotNull BigDecimal quantity, @NotNull SeizureUnit unit,
            @Size(max = 500) String description) {
    }

    CaseCommand command() {
        return new CaseCommand(category, ourReference, partnerReference, openedOn, status, statusDate, statusNote, leadAgencyId,
                partners == null ? List.of() : partners.stream().map(Partner::agencyId).toList(),
                subjects == null ? 0 : subjects, victims == null ? 0 : victims, summary,
                seizures == null ? List.of() : seizures.stream()
                        .map(s -> new CaseCommand.SeizureLine(s.item(), s.quantity(), s.unit(), s.description())).toList(),
                orNone(patrolIds), orNone(meetingIds), orNone(agreementIds));
    }

    private static List<Long> orNone(List<Long> links) {
        return links == null ? List.of() : links;
    }
}
