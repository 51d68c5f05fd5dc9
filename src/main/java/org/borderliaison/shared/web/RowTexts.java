package org.borderliaison.shared.web;

import java.beans.Introspector;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.borderliaison.agency.AgencyView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The texts of a list page's rows in the reader's language, made in Java once per cell. A list's template then reads
 * each cell with one accessor call instead of evaluating twenty rows of message look-ups, date formats and conditions
 * (SpEL was a fifth of the meeting list's CPU in issue 11's profile; the rows made here took 3–14% off the list). An
 * enum's label is the message {@code decapitalisedEnumName.CONSTANT} ({@code meetingKind.TALKS}, {@code country.CN}),
 * the key the templates and exports use.
 */
public final class RowTexts {

    /** How officers write a date, on every page. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;
    private final Locale locale;

    private RowTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The texts of the current request's language. */
    public static RowTexts of(MessageSource messages) {
        return new RowTexts(messages, LocaleContextHolder.getLocale());
    }

    /** An enum constant's label; its name when the messages have none. */
    public String label(Enum<?> value) {
        if (value == null) {
            return null;
        }
        return messages.getMessage(labelKey(value), null, value.name(), locale);
    }

    /** The message key of an enum constant's label: {@code meetingKind.TALKS} for {@code MeetingKind.TALKS}. */
    public static String labelKey(Enum<?> value) {
        return Introspector.decapitalize(value.getDeclaringClass().getSimpleName()) + "." + value.name();
    }

    /** A date as dd/MM/yyyy, null for none. */
    public String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** "start – end" for an event of several days, the start alone for an event of one day. */
    public String period(LocalDate start, LocalDate end) {
        return end == null || end.equals(start) ? date(start) : date(start) + " – " + date(end);
    }

    /** An agency's name in the reader's language. */
    public String name(AgencyView agency) {
        return agency.name(locale.getLanguage());
    }

    /** Agencies' names in the reader's language, each with its name in its own language when it has one. */
    public List<AgencyName> names(List<AgencyView> agencies) {
        return agencies.stream().map(agency -> new AgencyName(name(agency), agency.nameNative())).toList();
    }

    /** An agency's name as a list cell shows it: in the reader's language, and in the agency's own (null for none). */
    public record AgencyName(String name, String nameNative) {
    }
}
