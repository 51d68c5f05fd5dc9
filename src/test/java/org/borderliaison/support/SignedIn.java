package org.borderliaison.support;

import java.util.function.Supplier;
import org.borderliaison.shared.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Calls a service as a given user, for tests that check what that user's scope allows. */
public final class SignedIn {

    private SignedIn() {
    }

    /** Runs {@code work} signed in as {@code user}, restoring whoever was signed in before. */
    public static <T> T as(SignedInUser user, Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
