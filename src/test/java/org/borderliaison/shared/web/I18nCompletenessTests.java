package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.Country;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.domain.MeetingStatus;
import org.borderliaison.shared.Role;
import org.junit.jupiter.api.Test;

/**
 * {@code messages_vi.properties} and {@code messages_en.properties} stay key for key in step, are clean
 * UTF-8 Vietnamese and English, and hold every key the templates name. Reads the source files; no Spring.
 */
class I18nCompletenessTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** {@code #{some.key}} or {@code #{some.key(args)}}: the key runs up to '}' or '('. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([^}(]+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** UTF-8 read as Latin-1/Windows-1252 ("Ä\u0090", "á»\u0087"): never in real Vietnamese. */
    private static final Pattern MOJIBAKE = Pattern.compile("[ÃÄÅÆá][\u0080-\u00BF]|\uFFFD");

    private static final Messages VI = Messages.load("vi");
    private static final Messages EN = Messages.load("en");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(missing(VI.values().keySet(), EN.values().keySet()))
                .as("keys in messages_en.properties but not in messages_vi.properties").isEmpty();
        assertThat(missing(EN.values().keySet(), VI.values().keySet()))
                .as("keys in messages_vi.properties but not in messages_en.properties").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() {
        assertThat(VI.duplicates()).as("keys defined twice in messages_vi.properties").isEmpty();
        assertThat(EN.duplicates()).as("keys defined twice in messages_en.properties").isEmpty();
    }

    @Test
    void noMessageIsEmpty() {
        for (Messages messages : List.of(VI, EN)) {
            assertThat(messages.values().entrySet().stream().filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey))
                    .as("empty messages in %s", messages.file().getFileName()).isEmpty();
        }
    }

    @Test
    void filesAreValidUtf8InNormalisedForm() {
        for (Messages messages : List.of(VI, EN)) {
            String name = messages.file().getFileName().toString();
            assertThat(messages.invalidUtf8Lines()).as("lines of %s that are not valid UTF-8", name).isEmpty();
            assertThat(messages.text()).as("%s starts with a byte-order mark", name).doesNotStartWith("\uFEFF");
            // Decomposed accents (NFD) render badly in PDFs and fail equality checks in searches.
            assertThat(messages.values().entrySet().stream()
                    .filter(e -> !Normalizer.isNormalized(e.getValue(), Normalizer.Form.NFC)).map(Map.Entry::getKey))
                    .as("messages of %s not in Unicode NFC form", name).isEmpty();
            assertThat(messages.values().entrySet().stream()
                    .filter(e -> MOJIBAKE.matcher(e.getValue()).find()).map(Map.Entry::getKey))
                    .as("messages of %s that look double-encoded (mojibake)", name).isEmpty();
        }
    }

    @Test
    void vietnameseMessagesHaveTheirDiacritics() {
        assertThat(VI.values()).containsEntry("login.title", "Đăng nhập").containsEntry("country.VN", "Việt Nam");
        // A phrase of three words or more typed without a Vietnamese keyboard has no accent at all.
        assertThat(VI.values().entrySet().stream()
                .filter(e -> e.getValue().split("\\s+").length >= 3)
                .filter(e -> e.getValue().chars().noneMatch(c -> c > 0x7F && Character.isLetter(c)))
                .map(e -> e.getKey() + "=" + e.getValue()))
                .as("Vietnamese phrases without a single diacritic").isEmpty();
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        assertThat(VI.values().keySet().stream().filter(EN.values()::containsKey)
                .filter(key -> !placeholders(VI.values().get(key)).equals(placeholders(EN.values().get(key))))
                .map(key -> key + ": vi " + placeholders(VI.values().get(key)) + ", en " + placeholders(EN.values().get(key))))
                .as("messages whose {n} placeholders differ between the languages").isEmpty();
    }

    @Test
    void apostrophesInMessagesWithArgumentsAreDoubled() {
        // Messages with arguments go through java.text.MessageFormat, which swallows a single ' .
        for (Messages messages : List.of(VI, EN)) {
            assertThat(messages.values().entrySet().stream()
                    .filter(e -> !placeholders(e.getValue()).isEmpty())
                    .filter(e -> e.getValue().replace("''", "").contains("'"))
                    .map(e -> e.getKey() + "=" + e.getValue()))
                    .as("messages of %s with arguments and a single apostrophe (write '' instead)",
                            messages.file().getFileName()).isEmpty();
        }
    }

    @Test
    void everyKeyUsedInTemplatesExistsInBothLanguages() {
        SortedMap<String, Set<String>> used = keysUsedInTemplates();
        assertThat(used).as("no #{key} found under %s: is the pattern still right?", TEMPLATES).isNotEmpty();
        for (Messages messages : List.of(VI, EN)) {
            assertThat(used.entrySet().stream().filter(e -> !messages.values().containsKey(e.getKey()))
                    .map(e -> e.getKey() + " (in " + String.join(", ", e.getValue()) + ")"))
                    .as("keys used in templates but missing from %s", messages.file().getFileName()).isEmpty();
        }
    }

    @Test
    void everyEnumValueShownThroughADynamicKeyHasItsMessage() {
        // Templates build these keys at run time (#{${'role.' + role}}), so the regex above skips them.
        List<String> keys = Stream.of(
                        Arrays.stream(Role.values()).map(value -> "role." + value.name()),
                        Arrays.stream(Country.values()).map(value -> "country." + value.name()),
                        Arrays.stream(AgencyKind.values()).map(value -> "agencyKind." + value.name()),
                        // and list rows label these in Java (RowTexts.label)
                        Stream.of(MeetingKind.values(), MeetingStatus.values(), Country.values())
                                .flatMap(Arrays::stream).map(RowTexts::labelKey))
                .flatMap(keyStream -> keyStream).toList();
        for (Messages messages : List.of(VI, EN)) {
            assertThat(keys.stream().filter(key -> !messages.values().containsKey(key)))
                    .as("enum keys missing from %s", messages.file().getFileName()).isEmpty();
        }
    }

    private static Set<String> missing(Set<String> in, Set<String> expected) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(in);
        return missing;
    }

    /**
     * The arguments a message writes out. An argument used only to choose a plural form ({@code {1,choice,1#...}})
     * is left out: Vietnamese has no plural forms and needs no such argument.
     */
    private static Set<String> placeholders(String message) {
        Set<String> indexes = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message.replaceAll("\\{\\d+,choice,", "{choice,"));
        while (matcher.find()) {
            indexes.add(matcher.group(1));
        }
        return indexes;
    }

    /** Each literal key, with the templates (relative paths) that use it. */
    private static SortedMap<String, Set<String>> keysUsedInTemplates() {
        SortedMap<String, Set<String>> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1).strip();
                    if (!key.contains("${") && !key.contains("+")) {
                        used.computeIfAbsent(key, k -> new TreeSet<>()).add(TEMPLATES.relativize(file).toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    /** One message file, read leniently so each problem is reported by its own test. */
    private record Messages(Path file, String text, Map<String, String> values, List<String> duplicates,
                            List<Integer> invalidUtf8Lines) {

        static Messages load(String language) {
            Path file = MESSAGES.resolve("messages_" + language + ".properties");
            try {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.UTF_8);
                List<String> duplicates = new ArrayList<>();
                Properties properties = new Properties() {
                    @Override
                    public synchronized Object put(Object key, Object value) {
                        Object previous = super.put(key, value);
                        if (previous != null) {
                            duplicates.add((String) key);
                        }
                        return previous;
                    }
                };
                properties.load(new StringReader(text));
                Map<String, String> values = new TreeMap<>();
                properties.forEach((key, value) -> values.put((String) key, (String) value));
                return new Messages(file, text, values, duplicates, invalidUtf8Lines(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<Integer> invalidUtf8Lines(byte[] bytes) {
            List<Integer> invalid = new ArrayList<>();
            int line = 1;
            int start = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    try {
                        StandardCharsets.UTF_8.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(bytes, start, i - start));
                    } catch (CharacterCodingException e) {
                        invalid.add(line);
                    }
                    line++;
                    start = i + 1;
                }
            }
            return invalid;
        }
    }
}
