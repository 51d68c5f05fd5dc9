package org.borderliaison.agreement.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as the pages write them (dd/MM/yyyy), for links that carry a date filter. */
final class Dates {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Dates() {
    }

    static String format(LocalDate date) {
        return DISPLAY.format(date);
    }
}
