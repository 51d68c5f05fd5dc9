package org.borderliaison.security;

import jakarta.servlet.http.HttpServletRequest;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.security.domain.UserAccountService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins (form and HTTP Basic alike) towards the lockout, clears the count on
 * success, and writes the access log.
 */
@Component
class SignInEvents {

    private final UserAccountService accounts;
    private final AccessLog accessLog;

    SignInEvents(UserAccountService accounts, AccessLog accessLog) {
        this.accounts = accounts;
        this.accessLog = accessLog;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        boolean locked = accounts.recordFailedSignIn(username);
        accessLog.record(username, AccessEvent.SIGN_IN_FAILED, null, remoteAddress(event.getAuthentication().getDetails()));
        if (locked) {
            accessLog.record(username, AccessEvent.ACCOUNT_LOCKED, null, remoteAddress(event.getAuthentication().getDetails()));
        }
    }

    @EventListener
    void refusedWhileLocked(AuthenticationFailureLockedEvent event) {
        accessLog.record(event.getAuthentication().getName(), AccessEvent.SIGN_IN_FAILED, "locked",
                remoteAddress(event.getAuthentication().getDetails()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulSignIn(event.getAuthentication().getName());
    }

    /** Only page sign-ins are logged: HTTP Basic authenticates every API call. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        accessLog.record(event.getAuthentication().getName(), AccessEvent.SIGN_IN, null,
                remoteAddress(event.getAuthentication().getDetails()));
    }

    private static String remoteAddress(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    static String remoteAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
