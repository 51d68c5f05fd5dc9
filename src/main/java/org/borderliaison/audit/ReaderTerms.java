package org.borderliaison.audit;

import java.beans.Introspector;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.borderliaison.shared.web.DateFormatter;
import org.springframework.context.MessageSource;

/**
 * {@link HistoryTerms} for one reader and one rendering: names are looked up once per id, since a history repeats
 * the same agencies in every revision.
 */
final class ReaderTerms implements HistoryTerms {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final MessageSource messages;
    private final Locale locale;
    private final Map<Reference, ReferenceNames> namers;
    private final Map<Reference, Map<Long, String>> names = new EnumMap<>(Reference.class);

    ReaderTerms(MessageSource messages, Locale locale, Map<Reference, ReferenceNames> namers) {
        this.messages = messages;
        this.locale = locale;
        this.namers = namers;
    }

    @Override
    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    @Override
    public String value(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof HistoryItem item) {
            return item.describe(this);
        }
        if (value instanceof Enum<?> constant) {
            return message(enumKey(constant));
        }
        if (value instanceof LocalDate date) {
            return DateFormatter.display(date);
        }
        if (value instanceof LocalTime time) {
            return TIME.format(time);
        }
        if (value instanceof Instant instant) {
            return MOMENT.format(instant.atZone(ZoneId.systemDefault()));
        }
        if (value instanceof Boolean flag) {
            return message(flag ? "common.yes" : "common.no");
        }
        if (value instanceof BigDecimal decimal) {
            return number(decimal.stripTrailingZeros());
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? null : values.stream().map(this::value).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof HistoryLabel labelled) {
            return labelled.historyLabel();
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    @Override
    public String name(Reference reference, Long id) {
        if (id == null) {
            return null;
        }
        return names.computeIfAbsent(reference, any -> new HashMap<>()).computeIfAbsent(id, any -> {
            ReferenceNames namer = namers.get(reference);
            return (namer == null ? java.util.Optional.<String>empty() : namer.name(id, locale))
                    .orElseGet(() -> message("history.unknownRecord"));
        });
    }

    Locale locale() {
        return locale;
    }

    /** Enum labels follow one convention in the message files: {@code patrolKind.JOINT}, {@code country.CN}. */
    static String enumKey(Enum<?> constant) {
        return Introspector.decapitalize(constant.getDeclaringClass().getSimpleName()) + "." + constant.name();
    }

    private String number(Number number) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(6);
        return format.format(number);
    }
}
