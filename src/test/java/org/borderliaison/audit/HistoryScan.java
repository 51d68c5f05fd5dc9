package org.borderliaison.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads a rendered history as an inspector would and fails on anything written for developers: a raw field name, an
 * id, an ISO date, an enum constant. Each record module's history test runs it on the history of a record after a
 * create, an edit and (where the record has one) a cancel, in Vietnamese and in English, from the API and the page.
 */
public final class HistoryScan {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern HASH_ID = Pattern.compile("#\\s?\\d+");
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private HistoryScan() {
    }

    /** The readable text of an API history (labels, values, action and author), after checking its structure. */
    public static String readable(JsonNode history, List<Class<? extends Enum<?>>> enums) {
        assertThat(history.isArray()).isTrue();
        assertThat(history.size()).isPositive();
        StringBuilder text = new StringBuilder();
        for (JsonNode entry : history) {
            assertThat(entry.get("actionLabel").asString()).isNotBlank();
            assertThat(entry.get("authorName").asString()).isNotBlank();
            text.append(entry.get("actionLabel").asString()).append('\n').append(entry.get("authorName").asString()).append('\n');
            if (entry.hasNonNull("authorAgency")) {
                text.append(entry.get("authorAgency").asString()).append('\n');
            }
            for (JsonNode change : entry.get("changes")) {
                String field = change.get("field").asString();
                String label = change.get("label").asString();
                assertThat(label).as("label of %s", field).isNotBlank().isNotEqualTo(field);
                for (String side : new String[] {"before", "after"}) {
                    if (change.hasNonNull(side)) {
                        String value = change.get(side).asString();
                        if (field.endsWith("Id") || field.endsWith("Ids")) {
                            assertThat(DIGITS.matcher(value).matches()).as("%s of %s is a name, not an id: %s", side, field, value).isFalse();
                        }
                        text.append(label).append(": ").append(value).append('\n');
                    }
                }
            }
        }
        String all = text.toString();
        assertWrittenForPeople(all, enums);
        return all;
    }

    /** The text of the history table of a detail page. */
    public static String pageHistory(String html, List<Class<? extends Enum<?>>> enums) {
        int start = html.indexOf("id=\"history\"");
        assertThat(start).as("the page has a history").isNotNegative();
        int end = html.indexOf("</table>", start);
        String text = TAG.matcher(html.substring(start, end)).replaceAll(" ").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        assertWrittenForPeople(text.substring(text.indexOf('>') + 1), enums);
        return text;
    }

    static void assertWrittenForPeople(String text, List<Class<? extends Enum<?>>> enums) {
        assertThat(find(ISO_DATE, text)).as("ISO dates in:%n%s", text).isEmpty();
        assertThat(find(HASH_ID, text)).as("ids in:%n%s", text).isEmpty();
        assertThat(find(CAMEL_CASE, text)).as("field names in:%n%s", text).isEmpty();
        assertThat(find(CONSTANT, text)).as("enum constants in:%n%s", text).isEmpty();
        List<String> constants = new ArrayList<>();
        for (Class<? extends Enum<?>> type : enums) {
            Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .filter(name -> Pattern.compile("\\b" + name + "\\b").matcher(text).find())
                    .forEach(constants::add);
        }
        assertThat(constants).as("enum constants in:%n%s", text).isEmpty();
    }

    private static List<String> find(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
