package org.borderliaison.shared.web;

import java.time.LocalDate;

/**
 * What the application accepts of any text and date, wherever it comes from (query string, form field, JSON):
 * no C0 control character except tab, line feed and carriage return (PostgreSQL cannot store NUL, and none of them
 * belongs in a record), no half of a surrogate pair and no U+FFFD (what undecodable UTF-8 turns into), and dates
 * from {@link #FIRST_DATE} to {@link #LAST_DATE}: wider than any record, narrow enough that a period and the
 * period before it stay valid dates.
 */
public final class InputRules {

    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    /** The message key of a refused text; its argument {0} is the field's name. */
    public static final String BAD_TEXT = "input.badText";
    /** The message key of a refused date; its argument {0} is the field's name. */
    public static final String BAD_DATE = "input.badDate";

    private InputRules() {
    }

    /** Whether {@code text} holds nothing this application refuses; null is acceptable (absent). */
    public static boolean acceptableText(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFD') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public static boolean acceptableDate(LocalDate date) {
        return date == null || !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }
}
