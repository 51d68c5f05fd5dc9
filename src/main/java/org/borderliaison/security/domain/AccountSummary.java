package org.borderliaison.security.domain;

import java.time.Instant;
import java.util.Set;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.shared.Role;

/**
 * One line of the account list: the account with its agency (null if that agency has gone) and its status as of
 * now; {@code throttledUntil} is set only when the status is {@link AccountStatus#THROTTLED}.
 */
public record AccountSummary(long id, String username, String displayName, AgencyView agency, Set<Role> roles,
        AccountStatus status, Instant throttledUntil, boolean passwordMustChange) {
}
