package org.borderliaison.security.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.borderliaison.shared.Role;

/** What an administrator sets on an account. */
public record AccountDetails(
        @NotBlank @Size(max = 200) String displayName,
        @NotNull Long agencyId,
        @NotEmpty Set<Role> roles,
        boolean enabled) {
}
