package org.borderliaison.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The lines of an official document's header and closing as Decree 30/2020/NĐ-CP writes them. */
class OfficialHeadingTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void theDateLineWritesLeadingZerosForDaysBelowTenAndForJanuaryAndFebruaryOnly() {
        assertThat(heading(LocalDate.of(2022, 3, 23), "12").dateLine(VI)).isEqualTo("Lạng Sơn, ngày 23 tháng 3 năm 2022");
        assertThat(heading(LocalDate.of(2022, 2, 5), "12").dateLine(VI)).isEqualTo("Lạng Sơn, ngày 05 tháng 02 năm 2022");
        assertThat(heading(LocalDate.of(2024, 1, 9), "12").dateLine(VI)).isEqualTo("Lạng Sơn, ngày 09 tháng 01 năm 2024");
        assertThat(heading(LocalDate.of(2024, 12, 1), "12").dateLine(VI)).isEqualTo("Lạng Sơn, ngày 01 tháng 12 năm 2024");
        assertThat(heading(LocalDate.of(2022, 3, 23), "12").dateLine(Locale.ENGLISH)).isEqualTo("Lạng Sơn, 23 March 2022");
    }

    @Test
    void theNumberLineLeavesRoomForAHandWrittenNumber() {
        assertThat(heading(LocalDate.of(2022, 3, 23), " 12 ").numberAndSymbol()).isEqualTo("12/BC-CAT");
        assertThat(heading(LocalDate.of(2022, 3, 23), null).numberAndSymbol()).matches("\u00a0+/BC-CAT");
        assertThat(new OfficialHeading(null, "Đồn Biên phòng Bản Lầu", "3", "BB", null, null, LocalDate.of(2024, 5, 6), "BIÊN BẢN", null,
                null, null, null).numberAndSymbol()).isEqualTo("3/BB");
    }

    @Test
    void namesAreUpperCaseAndRecipientsListedWithTheirPunctuation() {
        OfficialHeading heading = heading(LocalDate.of(2022, 3, 23), "12");
        assertThat(heading.superiorUpper()).isEqualTo("BỘ CÔNG AN");
        assertThat(heading.issuerUpper()).isEqualTo("CÔNG AN TỈNH LẠNG SƠN");
        assertThat(heading.recipientLines()).containsExactly("- Cục Đối ngoại (V02);", "- Lưu: VT, PV01.");
        assertThat(heading.signatory().authorityUpper()).isEqualTo("KT. GIÁM ĐỐC");
        assertThat(heading.confidentiality().mark()).isEqualTo("MẬT");
        assertThat(Confidentiality.NONE.marked()).isFalse();
    }

    private static OfficialHeading heading(LocalDate date, String number) {
        return new OfficialHeading("Bộ Công an", "Công an tỉnh Lạng Sơn", number, "BC", "CAT", "Lạng Sơn", date, "BÁO CÁO",
                "Kết quả hợp tác", List.of("Cục Đối ngoại (V02)", "Lưu: VT, PV01"),
                new OfficialHeading.Signatory("KT. Giám đốc", "Phó Giám đốc", "Nguyễn Văn A"), Confidentiality.CONFIDENTIAL);
    }
}
