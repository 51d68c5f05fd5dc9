package org.borderliaison.casefile.web;

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

/**
 * A case as the API receives it for create and update. Field names match the page form's, so a refusal names
 * the same field ({@code seizures[1].unit}) on both. {@code version} is required on update. {@code patrolIds},
 * {@code meetingIds} and {@code agreementIds} left out of an update keep the case's links; a refused link names the form's row
 * ({@code patrols[0].id}).
 */
record CaseRequest(
        @NotNull(groups = Update.class) Long version,
        @NotNull CaseCategory category,
        @NotBlank @Size(max = 60) String ourReference,
        @Size(max = 60) String partnerReference,
        @NotNull LocalDate openedOn,
        @NotNull CaseStatus status,
        LocalDate statusDate,
        @Size(max = 500) String statusNote,
        @NotNull Long leadAgencyId,
        @Valid List<@NotNull Partner> partners,
        @Min(0) Integer subjects,
        @Min(0) Integer victims,
        @Size(max = 4000) String summary,
        @Valid List<@NotNull SeizureRequest> seizures,
        List<@NotNull Long> patrolIds,
        List<@NotNull Long> meetingIds,
        List<@NotNull Long> agreementIds) {

    /** Validation group of an update: the default constraints and the version. */
    interface Update extends jakarta.validation.groups.Default {
    }

    record Partner(@NotNull Long agencyId) {
    }

    record SeizureRequest(@NotNull SeizureItem item, @NotNull BigDecimal quantity, @NotNull SeizureUnit unit,
            @Size(max = 500) String description) {
    }

    CaseCommand command() {
        return new CaseCommand(category, ourReference, partnerReference, openedOn, status, statusDate, statusNote, leadAgencyId,
                partners == null ? List.of() : partners.stream().map(Partner::agencyId).toList(),
                subjects == null ? 0 : subjects, victims == null ? 0 : victims, summary,
                seizures == null ? List.of() : seizures.stream()
                        .map(s -> new CaseCommand.SeizureLine(s.item(), s.quantity(), s.unit(), s.description())).toList(),
                patrolIds, meetingIds, agreementIds);
    }
}
