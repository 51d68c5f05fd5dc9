package org.borderliaison.casefile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import org.borderliaison.audit.HistoryItem;
import org.borderliaison.audit.HistoryTerms;
import org.borderliaison.casefile.SeizureItem;
import org.borderliaison.casefile.SeizureUnit;
import org.borderliaison.shared.BusinessRuleException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One seized item: the quantity as recorded (exact decimals, never a double) in a unit allowed for the item,
 * and the same quantity in the canonical unit, which totals add up.
 */
@Embeddable
public class Seizure implements HistoryItem {

    /** Decimals kept for a quantity (grams to the milligram, kilograms to the gram). */
    public static final int MAX_DECIMALS = 3;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SeizureItem item;

    @Column(nullable = false, precision = 18, scale = 3)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SeizureUnit unit;

    @Column(name = "canonical_quantity", nullable = false, precision = 21, scale = 6)
    private BigDecimal canonicalQuantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "canonical_unit", nullable = false)
    private SeizureUnit canonicalUnit;

    private String description;

    protected Seizure() {
    }

    /**
     * Checks the quantity against the item and unit; {@code field} prefixes the names of refused fields
     * ({@code seizures[2].}) so the refusal lands next to the right row.
     */
    static Seizure of(SeizureItem item, BigDecimal quantity, SeizureUnit unit, String description, String field) {
        if (quantity.signum() < 0) {
            throw new BusinessRuleException(field + "quantity", "case.error.negativeQuantity");
        }
        if (quantity.signum() == 0) {
            throw new BusinessRuleException(field + "quantity", "case.error.zeroQuantity");
        }
        if (!item.allows(unit)) {
            throw new BusinessRuleException(field + "unit", "case.error.unitNotAllowed",
                    new DefaultMessageSourceResolvable("seizureUnit." + unit),
                    new DefaultMessageSourceResolvable("seizureItem." + item));
        }
        BigDecimal exact = quantity.stripTrailingZeros();
        if (unit.counted() && exact.scale() > 0) {
            throw new BusinessRuleException(field + "quantity", "case.error.wholeNumber");
        }
        if (exact.scale() > MAX_DECIMALS) {
            throw new BusinessRuleException(field + "quantity", "case.error.tooManyDecimals", MAX_DECIMALS);
        }
        if (exact.precision() - exact.scale() > 15) {
            throw new BusinessRuleException(field + "quantity", "case.error.quantityTooLarge");
        }
        Seizure seizure = new Seizure();
        seizure.item = item;
        seizure.quantity = quantity.setScale(MAX_DECIMALS);
        seizure.unit = unit;
        seizure.canonicalUnit = unit.canonical();
        seizure.canonicalQuantity = unit.toCanonical(seizure.quantity).setScale(MAX_DECIMALS + 3);
        seizure.description = description;
        return seizure;
    }

    public SeizureItem getItem() {
        return item;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public SeizureUnit getUnit() {
        return unit;
    }

    public BigDecimal getCanonicalQuantity() {
        return canonicalQuantity;
    }

    public SeizureUnit getCanonicalUnit() {
        return canonicalUnit;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public String describe(HistoryTerms terms) {
        return terms.value(item) + " " + terms.value(quantity) + " " + terms.value(unit)
                + (description == null ? "" : " (" + description + ")");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Seizure seizure && item == seizure.item && unit == seizure.unit
                && quantity.compareTo(seizure.quantity) == 0 && Objects.equals(description, seizure.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, unit, quantity.stripTrailingZeros());
    }
}
