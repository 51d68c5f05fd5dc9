package org.borderliaison.security.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.borderliaison.security.domain.AccountDetails;
import org.borderliaison.shared.Role;

/** What the accounts API accepts. Username and password rules belong to the service (422 with the field). */
final class AccountRequests {

    private AccountRequests() {
    }

    @Schema(name = "AccountCreate")
    record Create(
            @NotBlank @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "lower-case letters, digits, . _ -; 3 to 50") String username,
            @NotBlank @Size(max = 200) @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String displayName,
            @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long agencyId,
            @NotEmpty @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Set<Role> roles,
            @Schema(description = "defaults to true") Boolean enabled,
            @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "12 to 64 characters, not a common password, not containing the username") String password) {

        AccountDetails details() {
            return new AccountDetails(displayName, agencyId, roles, enabled == null || enabled);
        }
    }

    /** Replaces the editable details (PUT): every field is required. */
    @Schema(name = "AccountUpdate")
    record Update(
            @NotBlank @Size(max = 200) @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String displayName,
            @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long agencyId,
            @NotEmpty @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Set<Role> roles,
            @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean enabled,
            @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

        AccountDetails details() {
            return new AccountDetails(displayName, agencyId, roles, enabled);
        }
    }

    /** The version the client last read, for a disable or a password reset. */
    @Schema(name = "AccountVersion")
    record Version(@NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
    }
}
