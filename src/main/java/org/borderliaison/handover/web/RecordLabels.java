package org.borderliaison.handover.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.borderliaison.agency.Country;
import org.springframework.context.MessageSource;

/**
 * The labels of the printed handover record: Vietnamese from the messages, and alongside them the partner's
 * language (Chinese for China, Lao for Laos) from {@code handover/record-labels_<lang>.properties}. The record is an
 * official document of the Vietnamese side, so it is Vietnamese whatever language the user reads the site in; an
 * English copy for reference is printed only when asked for ({@link #ENGLISH}).
 */
public final class RecordLabels {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final Locale ENGLISH = Locale.ENGLISH;
    private static final Map<Country, String> PARTNER_LANGUAGES = Map.of(Country.CN, "zh", Country.LA, "lo");
    private static final Map<String, Properties> BUNDLES = Map.of("zh", load("zh"), "lo", load("lo"));

    private final MessageSource messages;
    private final Properties partner;
    private final String partnerLanguage;
    private final Locale main;

    RecordLabels(MessageSource messages, Country partnerCountry, Locale main) {
        this.messages = messages;
        this.main = main;
        this.partnerLanguage = PARTNER_LANGUAGES.get(partnerCountry);
        this.partner = partnerLanguage == null ? new Properties() : BUNDLES.get(partnerLanguage);
    }

    /** The label in the record's own language: Vietnamese, or English for an English copy. */
    public String main(String key) {
        return messages.getMessage(key, null, key, main);
    }

    public Locale locale() {
        return main;
    }

    /** The label in the partner's language, or null when there is none (a partner country without a translation). */
    public String partner(String key) {
        return partner.getProperty(key);
    }

    /**
     * When the handover took place, "Hồi 09 giờ 30 phút, ngày 05 tháng 12 năm 2026" (leading zeros as Decree 30 writes
     * dates), in the record's language; {@code partner} true for the partner's language (null if it has none).
     */
    public String when(LocalDate date, LocalTime time, boolean inPartnerLanguage) {
        String key = time == null ? "handover.record.dateValue" : "handover.record.timeValue";
        Object[] parts = {time == null ? "" : two(time.getHour()), time == null ? "" : two(time.getMinute()),
                two(date.getDayOfMonth()), two(date.getMonthValue()), String.valueOf(date.getYear())};
        if (inPartnerLanguage) {
            String pattern = partner(key);
            return pattern == null ? null : new MessageFormat(pattern, main).format(parts);
        }
        return messages.getMessage(key, parts, main);
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    /** The language tag of the partner's text ({@code zh}, {@code lo}) for the {@code lang} attribute; null if none. */
    public String partnerLanguage() {
        return partnerLanguage;
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        String resource = "/handover/record-labels_" + language + ".properties";
        try (Reader reader = new InputStreamReader(RecordLabels.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("record labels missing: " + resource, e);
        }
        return properties;
    }

}
