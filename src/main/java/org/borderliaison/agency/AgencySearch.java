package org.borderliaison.agency;

import java.util.Set;

/**
 * Filters for finding agencies: folded text over every name form and the code, country, direct
 * parent, sub-tree (a materialised path prefix), whether dissolved agencies are left out, and a set of
 * agencies to stay among ({@code amongIds}, null: any; a reader's scope over time is such a set, not a path).
 */
public record AgencySearch(String q, Country country, Long parentId, String withinPath, boolean activeOnly, Set<Long> amongIds) {

    public AgencySearch(String q, Country country, Long parentId, String withinPath, boolean activeOnly) {
        this(q, country, parentId, withinPath, activeOnly, null);
    }

    public static AgencySearch text(String q) {
        return new AgencySearch(q, null, null, null, false);
    }
}
