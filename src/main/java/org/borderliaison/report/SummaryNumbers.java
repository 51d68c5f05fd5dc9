package org.borderliaison.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the summary prints them: Vietnamese groups thousands with dots and writes decimals with a comma
 * (12.962; 168,55), English the other way round; exact, never rounded.
 */
public final class SummaryNumbers {

    private SummaryNumbers() {
    }

    /**
     * @param twoDigits whether whole numbers from 0 to 9 get a leading zero (03 đoàn), as administrative prose does
     */
    public static String format(BigDecimal value, Locale locale, boolean twoDigits) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ENGLISH);
        if ("vi".equals(locale.getLanguage())) {
            symbols.setGroupingSeparator('.');
            symbols.setDecimalSeparator(',');
        }
        String text = new DecimalFormat("#,##0.###############", symbols).format(value);
        boolean singleDigit = value.signum() >= 0 && value.compareTo(BigDecimal.TEN) < 0 && value.stripTrailingZeros().scale() <= 0;
        return twoDigits && singleDigit ? "0" + text : text;
    }
}
