package org.borderliaison.shared.web;

/** Sentences of the OpenAPI document that several modules' request bodies share, so they say it alike. */
public final class ApiDescriptions {

    /** For the {@code version} of a body used both to create and to update. */
    public static final String VERSION_ON_UPDATE = "The version of the record as read: required on update (PUT), where a stale one "
            + "is refused with 409; ignored on create.";

    /**
     * For an optional link to another record in a body that a PUT also takes. A PUT replaces every editable field, so a
     * link left out (or null, or an empty list) is removed, in every module alike.
     */
    public static final String LINK_ON_PUT = "Optional link. A PUT replaces the whole record: leaving it out (or sending null "
            + "or an empty list) removes the link.";

    private ApiDescriptions() {
    }
}
