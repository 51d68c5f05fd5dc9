package org.borderliaison.support;

import org.borderliaison.shared.AgencyTreeChanged;
import org.springframework.context.ApplicationContext;

/**
 * The one step after a test has written the agency tables (agency, its placements, names or lineage) with SQL instead of
 * through the agency module: announces the change as the module would, so that the scopes kept across requests
 * ({@code ScopeCache}) are dropped. Call it after the writing transaction has committed (inside one, the scopes are
 * dropped when it ends).
 */
public final class AgencyTreeWrites {

    private AgencyTreeWrites() {
    }

    public static void changedBySql(ApplicationContext context, Iterable<Long> agencyIds) {
        agencyIds.forEach(id -> context.publishEvent(new AgencyTreeChanged(id)));
    }
}
