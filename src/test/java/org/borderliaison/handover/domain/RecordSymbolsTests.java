package org.borderliaison.handover.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An agency without a document symbol still numbers its records with one: the initials of its Vietnamese name. */
class RecordSymbolsTests {

    @Test
    void initialsLeaveOutDiacriticsAndKeepOnlyLetters() {
        assertThat(RecordSymbols.initials("Công an tỉnh Lạng Sơn")).isEqualTo("CATLS");
        assertThat(RecordSymbols.initials("Đồn Biên phòng cửa khẩu quốc tế Lào Cai")).isEqualTo("DBPCKQTLC");
        assertThat(RecordSymbols.initials("Bộ Chỉ huy BĐBP (tỉnh) 2")).isEqualTo("BCHB");
    }
}
