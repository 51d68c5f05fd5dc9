package org.borderliaison.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules. {@code liaison.security.admin-password} comes from the environment variable
 * LIAISON_ADMIN_PASSWORD (see {@code application.yml}); it is used once, when no account exists yet.
 */
@ConfigurationProperties("liaison.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration,
        String adminPassword) {
}
