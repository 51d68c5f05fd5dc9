package org.borderliaison.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.borderliaison.security.SecurityProperties;
import org.junit.jupiter.api.Test;

/** The growing delay of one throttle rule. */
class ThrottleRuleTests {

    private final SecurityProperties.Rule rule = new SecurityProperties.Rule(5, Duration.ofMinutes(1), Duration.ofMinutes(30));

    @Test
    void nothingBelowTheThresholdThenDoublingPerFailureUpToTheCap() {
        assertThat(rule.delayAfter(0)).isZero();
        assertThat(rule.delayAfter(4)).isZero();
        assertThat(rule.delayAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(rule.delayAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(rule.delayAfter(7)).isEqualTo(Duration.ofMinutes(4));
        assertThat(rule.delayAfter(9)).isEqualTo(Duration.ofMinutes(16));
        assertThat(rule.delayAfter(10)).isEqualTo(Duration.ofMinutes(30));
        assertThat(rule.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void keysOfAnAttemptAreTheSameWhateverTheCaseOrSpacesOfTheUsername() {
        assertThat(ThrottleKey.of(" Admin ", "10.0.0.1")).isEqualTo(ThrottleKey.of("admin", "10.0.0.1"));
        assertThat(ThrottleKey.of("admin", null)).extracting(ThrottleKey::value)
                .containsExactly("ua:unknown admin", "a:unknown", "u:admin");
        assertThat(ThrottleKey.of("a".repeat(500), "b".repeat(500)).get(0).value()).hasSizeLessThanOrEqualTo(250);
    }
}
