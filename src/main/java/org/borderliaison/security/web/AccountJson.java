package org.borderliaison.security.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Set;
import org.borderliaison.security.domain.AccountStatus;
import org.borderliaison.security.domain.AccountSummary;
import org.borderliaison.security.domain.UserAccount;
import org.borderliaison.shared.Role;

/** Accounts in the API. Never a password hash. Field names are part of the API contract. */
final class AccountJson {

    private AccountJson() {
    }

    /** One line of the account list, with its status as of now (THROTTLED: a sign-in throttle names the username). */
    @Schema(name = "AccountRow")
    record Row(long id, String username, String displayName, Long agencyId, String agencyName, Set<Role> roles,
            AccountStatus status, Instant throttledUntil, boolean passwordMustChange) {

        static Row of(AccountSummary account) {
            return new Row(account.id(), account.username(), account.displayName(),
                    account.agency() == null ? null : account.agency().id(),
                    account.agency() == null ? null : account.agency().nameVi(), account.roles(), account.status(),
                    account.throttledUntil(), account.passwordMustChange());
        }
    }

    /** One account; {@code version} goes back with an update, a disable or a reset. */
    @Schema(name = "AccountDetail")
    record Detail(long id, String username, String displayName, long agencyId, Set<Role> roles, boolean enabled,
            boolean passwordMustChange, Instant passwordChangedAt, long version) {

        static Detail of(UserAccount account) {
            return new Detail(account.getId(), account.getUsername(), account.getDisplayName(), account.getAgencyId(),
                    account.getRoles(), account.isEnabled(), account.isPasswordMustChange(), account.getPasswordChangedAt(),
                    account.getVersion());
        }
    }

    /** A password set by a reset: shown once, to be handed to the user, who must replace it at the next sign-in. */
    @Schema(name = "AccountPasswordReset")
    record PasswordReset(String username, String password) {
    }

    /** How many sign-in throttles naming the username were lifted. */
    @Schema(name = "AccountUnlock")
    record Unlock(String username, int liftedThrottles) {
    }
}
