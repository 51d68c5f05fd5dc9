package org.borderliaison.security;

import java.nio.charset.StandardCharsets;
import org.borderliaison.security.domain.SignInThrottles;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the sign-in throttles before the password is checked, for the form and HTTP Basic alike: a throttled
 * attempt is refused whatever the password, and the password is never compared. Failures are counted by
 * {@link SignInEvents} from the failure events, so a refused attempt counts for nothing.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    /** bcrypt reads at most 72 bytes and Spring's encoder refuses more: no stored password can be longer. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final AuthenticationProvider passwords;
    private final SignInThrottles throttles;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwords, SignInThrottles throttles) {
        this.passwords = passwords;
        this.throttles = throttles;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        throttles.refusal(attempt.getName(), remoteAddress(attempt)).ifPresent(wait -> {
            throw new SignInThrottledException(wait);
        });
        if (attempt.getCredentials() instanceof String password
                && password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new BadCredentialsException("Bad credentials");
        }
        return passwords.authenticate(attempt);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    static String remoteAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
