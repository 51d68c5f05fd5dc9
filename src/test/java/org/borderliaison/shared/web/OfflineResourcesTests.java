package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application runs on a closed network: no page may load a script, style sheet, font, image or
 * link target from the internet. Scans the templates and the static style sheets; no Spring.
 */
class OfflineResourcesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path STATIC = Path.of("src/main/resources/static");

    /** {@code src="https://…"}, {@code th:href="@{//cdn…}"}, {@code srcset}, {@code action}: absolute or protocol-relative. */
    private static final Pattern EXTERNAL_ATTRIBUTE = Pattern.compile(
            "(?i)\\b(?:src|href|srcset|action)\\s*=\\s*[\"']\\s*(?:@\\{\\s*)?(?:https?:)?//");
    /** {@code url(https://…)} and {@code @import "https://…"} in style sheets and style attributes. */
    private static final Pattern EXTERNAL_CSS = Pattern.compile(
            "(?i)(?:url\\(\\s*[\"']?|@import\\s+[\"'])\\s*(?:https?:)?//");

    @Test
    void templatesLoadNothingFromTheInternet() throws IOException {
        assertThat(matches(TEMPLATES, ".html", EXTERNAL_ATTRIBUTE, EXTERNAL_CSS))
                .as("internet addresses in templates (ship the file under static/ or as a webjar)").isEmpty();
    }

    @Test
    void styleSheetsLoadNothingFromTheInternet() throws IOException {
        assertThat(matches(STATIC, ".css", EXTERNAL_CSS))
                .as("internet addresses in style sheets (ship the file under static/)").isEmpty();
    }

    /** "file:line: text" of every line matching one of the patterns. */
    private static List<String> matches(Path root, String extension, Pattern... patterns) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(extension)).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (Stream.of(patterns).anyMatch(pattern -> pattern.matcher(line).find())) {
                        found.add(root.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        return found;
    }
}
