package org.borderliaison.security.domain;

/**
 * Whether an account may sign in. THROTTLED: a sign-in throttle naming its username refuses attempts now (from some
 * address or all); a disabled account shows as disabled even then.
 */
public enum AccountStatus {
    ENABLED, DISABLED, THROTTLED
}
