package org.borderliaison.security.domain;

/** What a sign-in throttle counts failures for; see {@link SignInThrottles}. */
public enum ThrottleKind {
    /** One username tried from one client address. */
    USERNAME_ADDRESS,
    /** One client address, whatever the usernames tried from it. */
    ADDRESS,
    /** One username, from whatever address. */
    USERNAME
}
