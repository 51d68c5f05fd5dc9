package org.borderliaison.shared.web;

import java.util.function.Function;

/**
 * One column of an exported or printed list: the message key of the page's own column label, the kind of cell (a
 * number is written as a number, a date as a date) and how a row gives its value (null for an empty cell).
 */
public record ExportColumn<R>(String labelKey, Kind kind, Function<? super R, ?> value) {

    public enum Kind {
        /** Any value, written as its text. */
        TEXT,
        /** A {@link Number}. */
        NUMBER,
        /** A {@link java.time.LocalDate}, shown dd/MM/yyyy. */
        DATE,
        /** An {@link java.time.Instant}, shown dd/MM/yyyy HH:mm:ss in the application's time zone. */
        DATE_TIME
    }

    public static <R> ExportColumn<R> text(String labelKey, Function<? super R, ?> value) {
        return new ExportColumn<>(labelKey, Kind.TEXT, value);
    }

    public static <R> ExportColumn<R> number(String labelKey, Function<? super R, ? extends Number> value) {
        return new ExportColumn<>(labelKey, Kind.NUMBER, value);
    }

    public static <R> ExportColumn<R> date(String labelKey, Function<? super R, java.time.LocalDate> value) {
        return new ExportColumn<>(labelKey, Kind.DATE, value);
    }

    public static <R> ExportColumn<R> dateTime(String labelKey, Function<? super R, java.time.Instant> value) {
        return new ExportColumn<>(labelKey, Kind.DATE_TIME, value);
    }

    /** This column's value of {@code row}. */
    public Object of(R row) {
        return value.apply(row);
    }
}
