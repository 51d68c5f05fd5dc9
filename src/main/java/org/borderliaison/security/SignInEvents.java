package org.borderliaison.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.security.domain.SignInThrottles;
import org.borderliaison.security.domain.ThrottleKind;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins (form and HTTP Basic alike, unknown usernames too) towards the throttles, starts the
 * (username, address) pair afresh on success, and writes the access log.
 */
@Component
class SignInEvents {

    /** The access log's username column; a client may send any username. */
    private static final int MAX_USERNAME = 100;

    private final SignInThrottles throttles;
    private final AccessLog accessLog;

    SignInEvents(SignInThrottles throttles, AccessLog accessLog) {
        this.throttles = throttles;
        this.accessLog = accessLog;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Authentication attempt = event.getAuthentication();
        String address = ThrottlingAuthenticationProvider.remoteAddress(attempt);
        Set<ThrottleKind> started = throttles.recordFailure(attempt.getName(), address);
        accessLog.record(username(attempt), AccessEvent.SIGN_IN_FAILED, null, address);
        if (!started.isEmpty()) {
            accessLog.record(username(attempt), AccessEvent.SIGN_IN_THROTTLED,
                    started.stream().map(Enum::name).collect(Collectors.joining(", ")), address);
        }
    }

    /** A {@link SignInThrottledException}: refused without checking the password. */
    @EventListener
    void refusedWhileThrottled(AuthenticationFailureLockedEvent event) {
        accessLog.record(username(event.getAuthentication()), AccessEvent.SIGN_IN_FAILED, "throttled",
                ThrottlingAuthenticationProvider.remoteAddress(event.getAuthentication()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        throttles.recordSuccess(event.getAuthentication().getName(),
                ThrottlingAuthenticationProvider.remoteAddress(event.getAuthentication()));
    }

    /** Only page sign-ins are logged: HTTP Basic authenticates every API call. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        accessLog.record(event.getAuthentication().getName(), AccessEvent.SIGN_IN, null,
                ThrottlingAuthenticationProvider.remoteAddress(event.getAuthentication()));
    }

    private static String username(Authentication attempt) {
        String name = attempt.getName() == null ? "" : attempt.getName().replaceAll("\\p{Cntrl}", "");
        return name.length() <= MAX_USERNAME ? name : name.substring(0, MAX_USERNAME);
    }
}
