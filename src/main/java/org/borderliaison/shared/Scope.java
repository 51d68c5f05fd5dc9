package org.borderliaison.shared;

/**
 * The agencies a user may see and edit: everything (ministry-level and administrator accounts), or
 * the sub-tree under one agency, given by that agency's materialised path ({@code /1/4/}).
 */
public record Scope(boolean unrestricted, Long rootAgencyId, String rootPath) {

    public static final Scope EVERYTHING = new Scope(true, null, null);

    public static Scope subTree(long agencyId, String path) {
        return new Scope(false, agencyId, path);
    }

    /** Whether an agency with this materialised path lies inside the scope. */
    public boolean covers(String agencyPath) {
        return unrestricted || (agencyPath != null && agencyPath.startsWith(rootPath));
    }

    /**
     * The prefix for a SQL {@code path like :prefix} filter; {@code "/%"} matches everything so callers
     * can write one query for both cases.
     */
    public String pathPattern() {
        return unrestricted ? "/%" : rootPath + "%";
    }
}
