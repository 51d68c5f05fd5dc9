package org.borderliaison.security.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLogEntry;
import org.borderliaison.audit.ClientAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The access log's lines as the reader reads them: the address in its readable form (also for lines written before
 * addresses were stored that way), and an export's document (or the subject of another event) and its parameters
 * labelled in the reader's language: {@code accessLog.subject.*}, {@code accessLog.parameter.*}, and for values that
 * are words rather than numbers or codes {@code accessLog.value.<parameter>.<value>}.
 */
@Component
class AccessLogRows {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static final String THROTTLED = "throttled";
    private static final String RESET_BY = "reset by ";

    private final MessageSource messages;

    AccessLogRows(MessageSource messages) {
        this.messages = messages;
    }

    Row of(AccessLogEntry entry, Locale locale) {
        return new Row(entry.getAt(), entry.getUsername(), entry.getEvent(), entry.getSubject() == null ? null
                : messages.getMessage("accessLog.subject." + entry.getSubject(), null, entry.getSubject(), locale),
                parameters(entry.getParameters(), locale), detail(entry, locale), ClientAddress.readable(entry.getRemoteAddr()));
    }

    /**
     * Sign-in and password lines store their detail as fixed English words ("throttled", "reset by admin", the
     * throttle kinds); they are read here in the reader's language. Any other detail is shown as stored.
     */
    private String detail(AccessLogEntry entry, Locale locale) {
        String detail = entry.getDetail();
        if (detail == null || detail.isBlank()) {
            return detail;
        }
        if (entry.getEvent() == AccessEvent.SIGN_IN_THROTTLED) {
            return Arrays.stream(detail.split(",\\s*"))
                    .map(kind -> messages.getMessage("throttle.kind." + kind, null, kind, locale))
                    .collect(Collectors.joining(", "));
        }
        if (detail.equals(THROTTLED)) {
            return messages.getMessage("accessLog.detail.throttled", null, detail, locale);
        }
        if (detail.startsWith(RESET_BY)) {
            return messages.getMessage("accessLog.detail.resetBy", new Object[] {detail.substring(RESET_BY.length())}, detail,
                    locale);
        }
        return detail;
    }

    private List<Parameter> parameters(Map<String, String> parameters, Locale locale) {
        return parameters.entrySet().stream()
                .map(parameter -> new Parameter(parameter.getKey(),
                        messages.getMessage("accessLog.parameter." + parameter.getKey(), null, parameter.getKey(), locale),
                        value(parameter.getKey(), parameter.getValue(), locale)))
                .toList();
    }

    private String value(String name, String value, Locale locale) {
        if (name.equals("partnerCountry")) {
            return messages.getMessage("country." + value, null, value, locale);
        }
        String label = messages.getMessage("accessLog.value." + name + "." + value, null, null, locale);
        if (label != null) {
            return label;
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return DAY.format(LocalDate.parse(value));
            } catch (DateTimeParseException notADate) {
                return value;
            }
        }
        return value;
    }

    /** One line of the page; {@code what} and {@code parameters} are set for exports, {@code detail} for the rest. */
    public record Row(Instant at, String username, AccessEvent event, String what, List<Parameter> parameters, String detail,
            String address) {

        public boolean warning() {
            return event == AccessEvent.SIGN_IN_THROTTLED || event == AccessEvent.SIGN_IN_FAILED;
        }
    }

    /** One parameter of an export: its name as stored, its label and its value as the reader reads them. */
    public record Parameter(String name, String label, String value) {
    }
}
