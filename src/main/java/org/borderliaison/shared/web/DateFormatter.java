package org.borderliaison.shared.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Dates as Vietnamese officers write them (dd/MM/yyyy) in forms and query strings; ISO dates
 * (yyyy-MM-dd) are accepted too, so links and scripts can use them. Dates outside {@link InputRules}' range are
 * refused like malformed ones (a type mismatch on the field).
 */
public class DateFormatter implements Formatter<LocalDate> {

    static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        String value = text.strip();
        LocalDate date;
        try {
            date = value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, SHORT);
        } catch (DateTimeParseException ex) {
            throw new ParseException(value, ex.getErrorIndex());
        }
        if (!InputRules.acceptableDate(date)) {
            throw new ParseException(value + " is outside " + InputRules.FIRST_DATE + ".." + InputRules.LAST_DATE, 0);
        }
        return date;
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return display(date);
    }

    /** A date as every page shows it, for text written outside a template (history, exports). */
    public static String display(LocalDate date) {
        return DISPLAY.format(date);
    }
}
