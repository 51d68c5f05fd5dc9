package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy ({@link SecurityHeaders}) refuses inline scripts, so a template with one would break
 * in the browser without any server-side error: no {@code <script>} without a source, no {@code on...=} handler
 * (nor {@code th:on...=}), no {@code javascript:} address and no {@code hx-on} attribute in any template.
 */
class NoInlineScriptTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("\\s(th:)?src\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("<[a-z][^>]*?\\s((th:)?on[a-z]+|hx-on[:\\w-]*)\\s*=",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A handler set through th:attr ("th:attr=\"onsubmit=...\""), which the pattern above does not see. */
    private static final Pattern ATTR_HANDLER = Pattern.compile("th:attr\\s*=\\s*\"([^\"]*[,\\s])?(on[a-z]+)\\s*=",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVASCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasAnInlineScriptOrHandler() throws IOException {
        List<Path> templates = templates();
        assertThat(templates).as("templates found").hasSizeGreaterThan(20);
        List<String> offences = new ArrayList<>();
        for (Path template : templates) {
            offences.addAll(offences(TEMPLATES.relativize(template).toString(), Files.readString(template, StandardCharsets.UTF_8)));
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theScanFindsEachKindOfInlineScript() {
        assertThat(offences("t", "<script>alert(1)</script>")).hasSize(1);
        assertThat(offences("t", "<button type=\"button\"\n  onclick=\"window.print()\">")).hasSize(1);
        assertThat(offences("t", "<form th:onsubmit=\"'return ok()'\">")).hasSize(1);
        assertThat(offences("t", "<div hx-on:click=\"go()\">")).hasSize(1);
        assertThat(offences("t", "<form th:attr=\"onsubmit=|return confirm('x')|\">")).hasSize(1);
        assertThat(offences("t", "<form th:attr=\"data-x=1,onsubmit=|return ok()|\">")).hasSize(1);
        assertThat(offences("t", "<form th:attr=\"data-confirm=#{x.confirm}\">")).isEmpty();
        assertThat(offences("t", "<a href=\"javascript:go()\">")).hasSize(1);
        assertThat(offences("t", "<script th:src=\"@{/js/app.js}\"></script><p>Based on = this</p>"
                + "<button data-print id=\"one\" class=\"btn\">")).isEmpty();
    }

    private static List<String> offences(String name, String text) {
        List<String> found = new ArrayList<>();
        Matcher script = SCRIPT_TAG.matcher(text);
        while (script.find()) {
            if (!SOURCE.matcher(script.group(1)).find()) {
                found.add(name + ": inline <script> at offset " + script.start());
            }
        }
        Matcher handler = HANDLER.matcher(text);
        while (handler.find()) {
            found.add(name + ": handler " + handler.group(1));
        }
        Matcher attrHandler = ATTR_HANDLER.matcher(text);
        while (attrHandler.find()) {
            found.add(name + ": handler " + attrHandler.group(2) + " in th:attr");
        }
        if (JAVASCRIPT_URL.matcher(text).find()) {
            found.add(name + ": javascript: address");
        }
        return found;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
