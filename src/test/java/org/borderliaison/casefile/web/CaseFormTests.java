package org.borderliaison.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Quantities as officers type them. */
class CaseFormTests {

    @Test
    void readsDecimalCommaDecimalPointAndThousandsGrouping() {
        assertThat(CaseForm.parseQuantity("168,55")).isEqualByComparingTo("168.55");
        assertThat(CaseForm.parseQuantity("168.55")).isEqualByComparingTo("168.55");
        assertThat(CaseForm.parseQuantity("567.800.000")).isEqualByComparingTo("567800000");
        assertThat(CaseForm.parseQuantity("567,800,000")).isEqualByComparingTo("567800000");
        assertThat(CaseForm.parseQuantity("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(CaseForm.parseQuantity("1,234.5")).isEqualByComparingTo("1234.5");
        assertThat(CaseForm.parseQuantity(" 476 509 ")).isEqualByComparingTo("476509");
        assertThat(CaseForm.parseQuantity("-2")).isEqualByComparingTo("-2");
        assertThatThrownBy(() -> CaseForm.parseQuantity("ba trăm")).isInstanceOf(NumberFormatException.class);
    }
}
