package org.borderliaison.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Accent- and case-insensitive search text: "Lào Cai" and "lao cai" fold to the same string, Chinese
 * and Lao names stay searchable by their own characters. Folded text is stored beside the names so a
 * plain {@code like} finds it on every database.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'd');
        return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Folds several name forms into one searchable string, skipping empty ones. */
    public static String of(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).map(SearchText::fold).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** A {@code like} pattern for a user's query, with the SQL wildcards in the query made literal. */
    public static String likePattern(String query) {
        String folded = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }

    /** Names are stored composed (NFC) so that they compare, print and render as one form. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
