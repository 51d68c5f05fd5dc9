package org.borderliaison.audit;

/** What the access log records. */
public enum AccessEvent {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGN_OUT,
    PASSWORD_CHANGED,
    EXPORT,
    PERSONAL_DATA_VIEWED,
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED
}
