package org.borderliaison.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.borderliaison.casefile.SeizureItem;
import org.borderliaison.casefile.SeizureUnit;
import org.borderliaison.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seizure quantities: exact conversion to the canonical unit and the rules that refuse a bad quantity. */
class SeizureTests {

    static Seizure seizure(SeizureItem item, String quantity, SeizureUnit unit) {
        return Seizure.of(item, new BigDecimal(quantity), unit, null, "seizures[0].");
    }

    @Test
    void gramsBecomeKilogramsExactly() {
        Seizure grams = seizure(SeizureItem.HEROIN, "350", SeizureUnit.G);
        assertThat(grams.getCanonicalUnit()).isEqualTo(SeizureUnit.KG);
        assertThat(grams.getCanonicalQuantity()).isEqualByComparingTo("0.35");
        assertThat(seizure(SeizureItem.SYNTHETIC_DRUGS, "0.001", SeizureUnit.G).getCanonicalQuantity()).isEqualByComparingTo("0.000001");
        Seizure kilograms = seizure(SeizureItem.HEROIN, "168.55", SeizureUnit.KG);
        assertThat(kilograms.getQuantity()).isEqualByComparingTo("168.55");
        assertThat(kilograms.getCanonicalQuantity()).isEqualByComparingTo("168.55");
        // 0.1 + 0.2 in binary floating point is 0.30000000000000004; in the database sum it stays 0.3.
        assertThat(seizure(SeizureItem.HEROIN, "0.1", SeizureUnit.KG).getCanonicalQuantity()
                .add(seizure(SeizureItem.HEROIN, "200", SeizureUnit.G).getCanonicalQuantity())).isEqualByComparingTo("0.3");
    }

    @ParameterizedTest
    @EnumSource(value = SeizureItem.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void everyNamedItemTotalsInOneCanonicalUnit(SeizureItem item) {
        assertThat(item.units().stream().map(SeizureUnit::canonical).distinct()).hasSize(1);
    }

    @Test
    void refusesNegativeZeroFractionalCountsAndUnitsNotAllowed() {
        assertThatThrownBy(() -> seizure(SeizureItem.HEROIN, "-1", SeizureUnit.KG))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("seizures[0].quantity");
                    assertThat(e.messageKey()).isEqualTo("case.error.negativeQuantity");
                });
        assertThatThrownBy(() -> seizure(SeizureItem.HEROIN, "0", SeizureUnit.KG))
                .hasFieldOrPropertyWithValue("messageKey", "case.error.zeroQuantity");
        assertThatThrownBy(() -> seizure(SeizureItem.HEROIN, "12", SeizureUnit.PILL))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("seizures[0].unit");
                    assertThat(e.messageKey()).isEqualTo("case.error.unitNotAllowed");
                });
        assertThatThrownBy(() -> seizure(SeizureItem.COUNTERFEIT_VND, "500000", SeizureUnit.KG))
                .hasFieldOrPropertyWithValue("messageKey", "case.error.unitNotAllowed");
        assertThatThrownBy(() -> seizure(SeizureItem.SYNTHETIC_DRUG_PILLS, "12.5", SeizureUnit.PILL))
                .hasFieldOrPropertyWithValue("messageKey", "case.error.wholeNumber");
        assertThatThrownBy(() -> seizure(SeizureItem.HEROIN, "1.0005", SeizureUnit.KG))
                .hasFieldOrPropertyWithValue("messageKey", "case.error.tooManyDecimals");
        assertThatThrownBy(() -> seizure(SeizureItem.HEROIN, "1234567890123456", SeizureUnit.KG))
                .hasFieldOrPropertyWithValue("messageKey", "case.error.quantityTooLarge");
        assertThat(seizure(SeizureItem.SYNTHETIC_DRUG_PILLS, "476509.000", SeizureUnit.PILL).getQuantity()).isEqualByComparingTo("476509");
    }
}
