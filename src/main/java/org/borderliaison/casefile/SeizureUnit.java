package org.borderliaison.casefile;

import java.math.BigDecimal;

/**
 * Units in which seizures are recorded. Grams are converted to kilograms for totals (exactly: the decimal
 * point moves three places); every other unit is its own canonical unit. Counted units take whole numbers.
 */
public enum SeizureUnit {
    KG(false), G(false), PILL(true), CAKE(true), VND(true), PIECE(true);

    private final boolean counted;

    SeizureUnit(boolean counted) {
        this.counted = counted;
    }

    /** Whether quantities in this unit are whole numbers (pills, cakes, đồng, pieces). */
    public boolean counted() {
        return counted;
    }

    /** The unit totals are kept in. */
    public SeizureUnit canonical() {
        return this == G ? KG : this;
    }

    /** The quantity in {@link #canonical()}, without rounding. */
    public BigDecimal toCanonical(BigDecimal quantity) {
        return this == G ? quantity.movePointLeft(3) : quantity;
    }
}
