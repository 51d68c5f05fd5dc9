package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class InputRulesTests {

    @Test
    void textWithControlCharactersLoneSurrogatesOrReplacementCharactersIsRefused() {
        assertThat(InputRules.acceptableText("Lạng Sơn\tHà Khẩu\r\n河口 🙂")).isTrue();
        assertThat(InputRules.acceptableText(null)).isTrue();
        assertThat(InputRules.acceptableText("a\u0000b")).isFalse();
        assertThat(InputRules.acceptableText("\u001b[31m")).isFalse();
        assertThat(InputRules.acceptableText("x\uD800")).isFalse();
        assertThat(InputRules.acceptableText("\uDC00x")).isFalse();
        assertThat(InputRules.acceptableText("\uFFFD")).isFalse();
    }

    @Test
    void datesFrom1900To2100() {
        assertThat(InputRules.acceptableDate(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(InputRules.acceptableDate(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(InputRules.acceptableDate(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(InputRules.acceptableDate(LocalDate.of(2101, 1, 1))).isFalse();
    }

    @Test
    void theApiPageMustFitAnIntOffset() {
        assertThat(Paging.of(0, 200, Sort.unsorted()).getOffset()).isZero();
        long last = Paging.lastPossiblePage(200);
        assertThat((last + 1) * 200).isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThat(Paging.of((int) last, 200, Sort.unsorted()).getPageNumber()).isEqualTo(last);
        assertThatThrownBy(() -> Paging.of((int) last + 1, 200, Sort.unsorted())).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("page"));
        assertThatThrownBy(() -> Paging.of(0, 201, Sort.unsorted())).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("size"));
        assertThatThrownBy(() -> Paging.of(-1, 20, Sort.unsorted())).isInstanceOf(InvalidInputException.class);
    }
}
