package org.borderliaison.security.domain;

/** Whether an account can sign in now. A disabled account shows as disabled even while a lock runs. */
public enum AccountStatus {
    ENABLED, DISABLED, LOCKED
}
