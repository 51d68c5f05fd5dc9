package org.borderliaison.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.borderliaison.security.SecurityProperties;
import org.borderliaison.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rules, each with the message key that explains it. */
class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(new SecurityProperties(12, null, null));

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource({
            "nguyen.van-an, short, password.rule.tooShort",
            "nguyen.van-an, password12, password.rule.tooShort",
            "nguyen.van-an, aaaaaaaaaa, password.rule.tooShort",
            "nguyen.van-an, 1234567890, password.rule.tooShort",
            "nguyen.van-an, nguyen.van-an, password.rule.username",
            "nguyen.van-an, my-nguyen.van-an-pass, password.rule.username",
            "nguyen.van-an, NGUYEN.VAN-AN.2025!, password.rule.username",
            "nguyen.van-an, na-nav.neyugn-backwards, password.rule.username",
            "nguyen.van-an, password1234, password.rule.common",
            "nguyen.van-an, qwertyuiop12, password.rule.common",
            "nguyen.van-an, iloveyou2024!!, password.rule.common",
            "nguyen.van-an, 1qaz2wsx3edc, password.rule.common",
            "nguyen.van-an, aaaaaaaaaaaa, password.rule.repeated",
            "nguyen.van-an, horse-zzzz-battery, password.rule.repeated",
            "nguyen.van-an, 123456789012, password.rule.sequence",
            "nguyen.van-an, stone-67890-lake, password.rule.sequence",
            "nguyen.van-an, stone-defgh-lake, password.rule.sequence",
            "nguyen.van-an, stone-asdfg-lake, password.rule.sequence",
    })
    void refuses(String username, String password, String messageKey) {
        assertThat(policy.violation(username, password)).contains(messageKey);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-battery", "Kiem-tra-quan-tri-2026", "sông Hồng chảy qua Lào Cai", "7fK#p2!xQz9@"})
    void accepts(String password) {
        assertThat(policy.violation("nguyen.van-an", password)).isEmpty();
    }

    @Test
    void sixtyFourCharactersAreTheMostAndSeventyTwoBytesTooHoweverFewTheCharacters() {
        String sixtyFour = "river stone ".repeat(6).substring(0, 60) + "Lake";
        assertThat(sixtyFour).hasSize(64);
        assertThat(policy.violation("nguyen.van-an", sixtyFour)).isEmpty();
        assertThat(policy.violation("nguyen.van-an", sixtyFour + "x")).contains("password.rule.tooLong");
        // 25 Vietnamese letters of three bytes each: short in characters, past what bcrypt reads.
        assertThat(policy.violation("nguyen.van-an", "ấ".repeat(12) + "ộ".repeat(13))).contains("password.rule.tooManyBytes");
    }

    @Test
    void aRefusalIsAFieldErrorWithTheLengthsAsArguments() {
        assertThatThrownBy(() -> policy.check("nguyen.van-an", "short", "newPassword"))
                .isInstanceOfSatisfying(BusinessRuleException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("newPassword");
                    assertThat(refusal.messageKey()).isEqualTo("password.rule.tooShort");
                    assertThat(refusal.arguments()).containsExactly(12, 64);
                });
        assertThatThrownBy(() -> policy.check("nguyen.van-an", null, "password"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("password.rule.tooShort"));
    }

    @Test
    void theMinimumLengthIsConfigurable() {
        PasswordPolicy longer = new PasswordPolicy(new SecurityProperties(16, null, null));

        assertThat(longer.violation("nguyen.van-an", "correct-horse-b")).contains("password.rule.tooShort");
        assertThat(longer.violation("nguyen.van-an", "correct-horse-battery")).isEmpty();
    }
}
