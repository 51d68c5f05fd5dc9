package org.borderliaison.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A range of dates, both included. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period needs from <= to");
        }
    }

    /**
     * The day a document about this period names agencies by (their names, their superior): its last day, or
     * {@code today} for a period not over yet.
     */
    public LocalDate namingDay(LocalDate today) {
        return to.isAfter(today) ? today : to;
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * The period of the same length just before this one. Whole months (a year, a quarter, January to March) step
     * back by the same number of months, so 2024 compares with 2023 although 2024 has a day more; any other
     * range steps back by its number of days.
     */
    public Period previous() {
        if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth()) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            LocalDate start = from.minusMonths(months);
            return new Period(start, from.minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(from.minusDays(days), from.minusDays(1));
    }
}
