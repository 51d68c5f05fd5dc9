package org.borderliaison.report.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.borderliaison.report.SummaryNumbers;

/** How the page writes the summary's numbers and dates in the reader's language. */
public final class SummaryFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Locale locale;

    SummaryFormat(Locale locale) {
        this.locale = locale;
    }

    public String number(BigDecimal value) {
        return SummaryNumbers.format(value, locale, false);
    }

    /** The change with its sign (+3, −2, 0). */
    public String change(BigDecimal value) {
        String digits = number(value.abs());
        return switch (value.signum()) {
            case 1 -> "+" + digits;
            case -1 -> "−" + digits;
            default -> digits;
        };
    }

    public String date(LocalDate date) {
        return DATE.format(date);
    }
}
