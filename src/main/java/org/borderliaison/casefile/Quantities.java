package org.borderliaison.casefile;

import java.math.BigDecimal;

/** How quantities are shown and returned: exact, without trailing zeros or exponent (168.55, 1000, 476509). */
public final class Quantities {

    private Quantities() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
