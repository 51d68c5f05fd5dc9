package org.borderliaison.agreement;

import java.util.function.Supplier;
import org.borderliaison.shared.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Calls a service as a given user, for tests that check what that user's scope allows. */
final class SignedIn {

    private SignedIn() {
    }

    static <T> T as(SignedInUser user, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
