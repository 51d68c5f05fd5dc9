package org.borderliaison.shared;

/** What a user may do; where they may do it is their {@link Scope}. */
public enum Role {
    /** Manages agencies, accounts and every record; sees everything. */
    ADMIN,
    /** Liaison officer: records events in which an agency of their sub-tree takes part. */
    OFFICER,
    /** Reporting staff: reads and prints summaries within their scope. */
    REPORTER,
    /** Leadership or read-only: reads within their scope. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
