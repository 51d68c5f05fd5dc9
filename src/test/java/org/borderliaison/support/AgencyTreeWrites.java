package org.borderliaison.support;

import org.borderliaison.shared.AgencyTreeChanged;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one step after a test has written the agency tables (agency, its placements, names or lineage) with SQL instead of
 * through the agency module: announces the change as the module's settlement does (the stored generation of the tree,
 * then {@link AgencyTreeChanged}), so that no instance keeps a reader's scope of the tree before. Call it after the
 * writing transaction has committed.
 */
public final class AgencyTreeWrites {

    private AgencyTreeWrites() {
    }

    public static void changedBySql(ApplicationContext context, Iterable<Long> agencyIds) {
        context.getBean(JdbcTemplate.class).update("update agency_tree_generation set generation = generation + 1 where id = 1");
        agencyIds.forEach(id -> context.publishEvent(new AgencyTreeChanged(id)));
    }
}
