package org.borderliaison.patrol.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.domain.PatrolDetails;
import org.borderliaison.shared.web.ApiDescriptions;

/** Request bodies of the patrol API. */
final class PatrolRequests {

    private PatrolRequests() {
    }

    /** Validation group of an update: the version the client saw is then required. */
    interface OnUpdate {
    }

    /** A patrol as a client sends it; {@code version} is required on update and ignored on create. */
    @Schema(name = "PatrolRequest")
    record Patrol(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = ApiDescriptions.VERSION_ON_UPDATE)
            @NotNull(groups = OnUpdate.class) Long version,
            @NotNull PatrolKind kind,
            @NotNull LocalDate date,
            LocalTime startTime,
            LocalTime endTime,
            @NotNull Long ourAgencyId,
            @NotNull Long partnerAgencyId,
            @NotBlank @Pattern(regexp = PatrolDetails.MARKER_REGEX) String segmentFrom,
            @Pattern(regexp = PatrolDetails.MARKER_REGEX) String segmentTo,
            Long borderGateId,
            @NotNull @Min(1) Integer ourPersonnel,
            @NotNull @Min(1) Integer partnerPersonnel,
            @Size(max = 4000) String findings) {

        PatrolDetails details() {
            return new PatrolDetails(kind, date, startTime, endTime, ourAgencyId, partnerAgencyId, segmentFrom, segmentTo,
                    borderGateId, ourPersonnel, partnerPersonnel, findings);
        }
    }
}
