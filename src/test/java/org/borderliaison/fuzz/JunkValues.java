package org.borderliaison.fuzz;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;

/** Values no well-behaved client sends, by the kind of field they are sent to; and plausible ones to start from. */
final class JunkValues {

    static final String HUGE = "x".repeat(100_000);

    private static final List<String> TEXT = List.of("", " ", HUGE, "a\u0000b", "\u0000", "a\u0007\u001bb", "\uD800", "x\uDC00y",
            "\u202Egnp.exe", "\u200F\u202Bمرحبا", Normalizer.normalize("Lạng Sơn Hà Khẩu", Normalizer.Form.NFD), "\uFFFD", "%", "_%_",
            "'; drop table agency; --", "<script>alert(1)</script>", "\\", "${7*7}", "\uFEFF", "🙂".repeat(300), "a\tb\nc\r");
    private static final List<String> INTEGERS = List.of("0", "-1", "1", "2147483647", "-2147483648", "2147483648", "-2147483649",
            "9223372036854775807", "-9223372036854775808", "9223372036854775808", "1e3", "0x10", "1.5", "", "abc", " 1", "NaN");
    private static final List<String> NUMBERS = List.of("0", "-0.0", "1e309", "-1e309", "NaN", "Infinity", "0.0000000001",
            "99999999999999999999999999999", "1,5", "", "x");
    private static final List<String> DATES = List.of("1899-12-31", "1900-01-01", "2100-12-31", "2101-01-01", "0001-01-01", "9999-12-31",
            "-999999999-01-01", "+999999999-12-31", "+1000000000-01-01", "2024-02-30", "2024-13-01", "31/12/2024", "32/01/2024",
            "01/01/0001", "31/12/9999", "2024", "", "x", "2024-01-01T00:00:00Z");
    private static final List<String> BOOLEANS = List.of("true", "false", "yes", "2", "", "TRUE");
    private static final List<String> ENUMS = List.of("UNKNOWN", "", "null", "0", "a\u0000");
    private static final List<String> SORTS = List.of(",", ",,", "id", "-", "nope,asc", "openedOn,sideways", "a".repeat(5000), "date;drop");

    private JunkValues() {
    }

    /** A junk value for a parameter or field of this kind ({@code integer}, {@code number}, {@code boolean}, {@code date}...). */
    static String junk(Random random, String kind, List<String> enumValues, String name) {
        List<String> pool = switch (kind) {
            case "integer" -> INTEGERS;
            case "number" -> NUMBERS;
            case "date" -> DATES;
            case "boolean" -> BOOLEANS;
            default -> enumValues != null && !enumValues.isEmpty() ? ENUMS : "sort".equals(name) ? SORTS : TEXT;
        };
        if (random.nextInt(8) == 0) {
            // a value of another kind altogether
            List<List<String>> all = List.of(TEXT, INTEGERS, NUMBERS, DATES, BOOLEANS, ENUMS, SORTS);
            pool = all.get(random.nextInt(all.size()));
        }
        return pool.get(random.nextInt(pool.size()));
    }

    /** A plausible value, so that requests get past the checks to the code behind them. */
    static String plausible(Random random, String kind, List<String> enumValues) {
        if (enumValues != null && !enumValues.isEmpty()) {
            return enumValues.get(random.nextInt(enumValues.size()));
        }
        return switch (kind) {
            case "integer" -> String.valueOf(random.nextInt(3));
            case "number" -> String.valueOf(random.nextInt(100));
            case "date" -> List.of("2024-01-01", "2023-12-31", "15/06/2024", "2018-07-01").get(random.nextInt(4));
            case "boolean" -> String.valueOf(random.nextBoolean());
            default -> "fuzz " + Long.toString(random.nextLong() & 0xffffff, 36);
        };
    }
}
