package org.borderliaison.agency;

/**
 * Filters for finding agencies: folded text over every name form and the code, country, direct
 * parent, sub-tree (a materialised path prefix) and whether dissolved agencies are left out.
 */
public record AgencySearch(String q, Country country, Long parentId, String withinPath, boolean activeOnly) {

    public static AgencySearch text(String q) {
        return new AgencySearch(q, null, null, null, false);
    }
}
