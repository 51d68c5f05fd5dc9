package org.borderliaison.handover.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.borderliaison.agency.Country;
import org.springframework.context.MessageSource;

/**
 * The labels of the printed handover record: Vietnamese from the messages, and alongside them the partner's
 * language (Chinese for China, Lao for Laos) from {@code handover/record-labels_<lang>.properties}. The record is an
 * official document of the Vietnamese side, so it is Vietnamese whatever language the user reads the site in.
 */
public final class RecordLabels {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Map<Country, String> PARTNER_LANGUAGES = Map.of(Country.CN, "zh", Country.LA, "lo");
    private static final Map<String, Properties> BUNDLES = Map.of("zh", load("zh"), "lo", load("lo"));

    private final MessageSource messages;
    private final Properties partner;
    private final String partnerLanguage;

    RecordLabels(MessageSource messages, Country partnerCountry) {
        this.messages = messages;
        this.partnerLanguage = PARTNER_LANGUAGES.get(partnerCountry);
        this.partner = partnerLanguage == null ? new Properties() : BUNDLES.get(partnerLanguage);
    }

    /** The label in Vietnamese. */
    public String vi(String key) {
        return messages.getMessage(key, null, key, VIETNAMESE);
    }

    /** The label in the partner's language, or null when there is none (a partner country without a translation). */
    public String partner(String key) {
        return partner.getProperty(key);
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
