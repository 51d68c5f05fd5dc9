package org.borderliaison.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A list's filter in words, for the top of its print page: "Loại: Hội đàm; Đơn vị phía bạn: …; Từ ngày: 01/01/2025",
 * each part labelled with the filter field's own message key; unset criteria are left out.
 */
public final class FilterWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;
    private final Locale locale;
    private final List<String> parts = new ArrayList<>();

    private FilterWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public static FilterWords of(MessageSource messages, Locale locale) {
        return new FilterWords(messages, locale);
    }

    /** "label: value", when {@code value} is not null or blank; a date is written dd/MM/yyyy. */
    public FilterWords add(String labelKey, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        String shown = value instanceof LocalDate date ? DATE.format(date) : String.valueOf(value);
        parts.add(messages.getMessage(labelKey, null, labelKey, locale) + ": " + shown);
        return this;
    }

    /** "label: value" with the value a message ({@code prefix + value}, an enum's label), when {@code value} is set. */
    public FilterWords addLabel(String labelKey, String prefix, Object value) {
        return value == null ? this : add(labelKey, messages.getMessage(prefix + value, null, String.valueOf(value), locale));
    }

    @Override
    public String toString() {
        return parts.isEmpty() ? messages.getMessage("list.print.noFilter", null, locale) : String.join("; ", parts);
    }
}
