package org.borderliaison.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and password rules. {@code liaison.security.admin-password} comes from the environment variable
 * LIAISON_ADMIN_PASSWORD (see {@code application.yml}); it is used once, when no account exists yet.
 *
 * @param minPasswordLength shortest password accepted (the longest is fixed at 64: bcrypt reads only 72 bytes)
 * @param throttle          the sign-in throttles, see {@link Throttle}
 */
@ConfigurationProperties("liaison.security")
public record SecurityProperties(@DefaultValue("12") int minPasswordLength, Throttle throttle,
        String adminPassword) {

    /**
     * Three throttles, each counting failed sign-ins for its own key (defaults in {@code application.yml}). A key's failures are forgotten once none
     * came for {@code forgetAfter}.
     *
     * @param usernameAddress one username tried from one client address: the owner's own typos, or a guesser
     * @param address         one client address, whatever the usernames: a guesser trying many accounts
     * @param username        one username from anywhere: a guesser spread over many addresses; much looser, so
     *                        that no single address can keep the owner out
     */
    public record Throttle(Rule usernameAddress, Rule address, Rule username, @DefaultValue("24h") Duration forgetAfter) {
    }

    /**
     * From the {@code threshold}-th failure on, further attempts for the key are refused for {@code baseDelay},
     * doubled for each further failure, up to {@code maxDelay}.
     */
    public record Rule(int threshold, Duration baseDelay, Duration maxDelay) {

        /** How long attempts are refused after the {@code failures}-th failure: zero below the threshold. */
        public Duration delayAfter(int failures) {
            if (failures < threshold) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - threshold, 30);
            Duration delay = baseDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }
}
