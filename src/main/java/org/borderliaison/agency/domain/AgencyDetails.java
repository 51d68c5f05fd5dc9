package org.borderliaison.agency.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;

/** The editable description of an agency, shared by the create and edit commands. */
public record AgencyDetails(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{agency.code.pattern}") String code,
        @NotNull AgencyKind kind,
        @NotNull AgencyLevel level,
        @NotBlank @Size(max = 300) String nameVi,
        @Size(max = 300) String nameEn,
        @Size(max = 300) String nameNative,
        LocalDate validFrom) {
}
