package org.borderliaison.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The idle timeout of a signed-in session and how long before it the page warns, for the page frame (the layout
 * writes both into the page; app.js counts down from the last request).
 */
@Component("sessionSettings")
public class SessionSettings {

    private final Duration timeout;
    private final Duration warning;

    SessionSettings(@Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration timeout,
            @Value("${liaison.session.warning-before:3m}") Duration warning) {
        this.timeout = timeout;
        // A short timeout (tests, demos) still leaves time to read the warning before it runs out.
        this.warning = warning.compareTo(timeout.dividedBy(2)) > 0 ? timeout.dividedBy(2) : warning;
    }

    public long timeoutSeconds() {
        return timeout.toSeconds();
    }

    public long warningSeconds() {
        return warning.toSeconds();
    }
}
