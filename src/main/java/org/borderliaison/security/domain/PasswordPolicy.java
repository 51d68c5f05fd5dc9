package org.borderliaison.security.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.borderliaison.security.SecurityProperties;
import org.borderliaison.shared.BusinessRuleException;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.RepeatCharacterRegexRule;
import org.passay.Rule;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.Dictionary;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The one set of password rules, for every password a person chooses or is given: an administrator creating an
 * account, a user changing theirs, the API, and the first administrator's from LIAISON_ADMIN_PASSWORD. The checks
 * are Passay's; each comes with the message key that explains it, and the first that fails is reported.
 */
@Component
public class PasswordPolicy {

    /** bcrypt reads at most 72 bytes; 64 characters leaves room for passphrases and stays a clear rule. */
    public static final int MAX_LENGTH = 64;
    static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final int minLength;
    private final Dictionary commonPasswords;

    PasswordPolicy(SecurityProperties properties) {
        this.minLength = properties.minPasswordLength();
        this.commonPasswords = new WordListDictionary(new ArrayWordList(load(), false, new ArraysSort()));
    }

    public int minLength() {
        return minLength;
    }

    /** Refuses {@code password} for {@code username} with the first rule it breaks, as an error on {@code field}. */
    public void check(String username, String password, String field) {
        violation(username, password).ifPresent(key -> {
            throw new BusinessRuleException(field, key, minLength, MAX_LENGTH);
        });
    }

    /** The message key of the first rule {@code password} breaks, if any; its arguments are (min, max) length. */
    public Optional<String> violation(String username, String password) {
        PasswordData data = new PasswordData(username == null ? "" : username.strip(), password == null ? "" : password);
        for (Check check : checks(data.getUsername())) {
            if (!check.rule().validate(data).isValid()) {
                return Optional.of(check.messageKey());
            }
        }
        return Optional.empty();
    }

    private List<Check> checks(String username) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("password.rule.tooShort", new LengthRule(minLength, Integer.MAX_VALUE)));
        checks.add(new Check("password.rule.tooLong", new LengthRule(0, MAX_LENGTH)));
        checks.add(new Check("password.rule.tooManyBytes",
                data -> new RuleResult(data.getPassword().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES)));
        if (username.length() >= 3) {
            checks.add(new Check("password.rule.username", new UsernameRule(true, true)));
        }
        checks.add(new Check("password.rule.common", this::notCommon));
        checks.add(new Check("password.rule.repeated", new RepeatCharacterRegexRule(4)));
        checks.add(new Check("password.rule.sequence", new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false)));
        checks.add(new Check("password.rule.sequence", new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false)));
        checks.add(new Check("password.rule.sequence", new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false)));
        return checks;
    }

    /**
     * Refuses a listed password, and a listed one with digits or signs stuck before or after it ("password1234",
     * "qwertyuiop12", "!iloveyou2024"): the list's entries are mostly short, our minimum length is not.
     */
    private RuleResult notCommon(PasswordData data) {
        String password = data.getPassword().toLowerCase(Locale.ROOT);
        String core = password.replaceAll("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        boolean common = commonPasswords.search(password) || (core.length() >= 4 && commonPasswords.search(core));
        return new RuleResult(!common);
    }

    private static String[] load() {
        ClassPathResource resource = new ClassPathResource(COMMON_PASSWORDS);
        try (InputStream in = resource.getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, e);
        }
    }

    private record Check(String messageKey, Rule rule) {
    }
}
