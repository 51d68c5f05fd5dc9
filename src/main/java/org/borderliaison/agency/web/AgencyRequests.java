package org.borderliaison.agency.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.DocumentSettings;
import jakarta.validation.Valid;
import org.borderliaison.agency.PartnershipLevel;
import org.borderliaison.agency.domain.AgencyDetails;

/** Request bodies of the agency API. */
final class AgencyRequests {

    private AgencyRequests() {
    }

    @Schema(name = "AgencyCreateRequest")
    record Create(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{agency.code.pattern}") String code,
            @NotNull Country country,
            @NotNull AgencyKind kind,
            @NotNull AgencyLevel level,
            @NotBlank @Size(max = 300) String nameVi,
            @Size(max = 300) String nameEn,
            @Size(max = 300) String nameNative,
            Long parentId,
            LocalDate validFrom) {

        AgencyDetails details() {
            return new AgencyDetails(code, kind, level, nameVi, nameEn, nameNative, validFrom);
        }
    }

    @Schema(name = "AgencyUpdateRequest")
    record Update(
            @NotNull Long version,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{agency.code.pattern}") String code,
            @NotNull AgencyKind kind,
            @NotNull AgencyLevel level,
            @NotBlank @Size(max = 300) String nameVi,
            @Size(max = 300) String nameEn,
            @Size(max = 300) String nameNative,
            LocalDate validFrom,
            @Schema(description = "the defaults of the agency's official documents; left out, they stay as they are")
            @Valid DocumentSettings documents) {

        AgencyDetails details() {
            return new AgencyDetails(code, kind, level, nameVi, nameEn, nameNative, validFrom);
        }
    }

    /** {@code parentId} null makes the agency a root of its country's tree. */
    @Schema(name = "AgencyMoveRequest")
    record Move(@NotNull Long version, Long parentId, @NotNull LocalDate effectiveDate) {
    }

    /** {@code successorId} set merges the agency into that one; null just dissolves it. */
    @Schema(name = "AgencyDissolveRequest")
    record Dissolve(@NotNull Long version, @NotNull LocalDate effectiveDate, Long successorId) {
    }

    @Schema(name = "PartnershipRequest")
    record NewPartnership(@NotNull Long vnAgencyId, @NotNull Long partnerAgencyId, @NotNull PartnershipLevel level,
            LocalDate establishedOn, @Size(max = 1000) String note) {
    }
}
