package org.borderliaison.casefile.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Quantities on the pages, in the reader's convention and never rounded: "168,55" and "476.509" in Vietnamese,
 * "168.55" and "476,509" in English. Templates call it as {@code ${@caseQuantities.format(q)}}.
 */
@Component("caseQuantities")
class QuantityFormat {

    public String format(BigDecimal quantity) {
        if (quantity == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale()));
        format.setParseBigDecimal(true);
        return format.format(quantity);
    }
}
