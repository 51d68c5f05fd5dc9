package org.borderliaison.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.DocumentSettings;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.domain.MeetingStatus;
import org.borderliaison.meeting.domain.MeetingSummary;
import org.borderliaison.shared.web.RowTexts;
import org.borderliaison.shared.web.RowTexts.AgencyName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The meeting list's rows as printed: the cells' texts in the reader's language, made from the list's records. */
class MeetingListRowTests {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final AgencyView laoCai = agency("Công an tỉnh Lào Cai", "Lao Cai Provincial Police", null, Country.VN);
    private final AgencyView hekou = agency("Công an huyện Hà Khẩu", null, "河口县公安局", Country.CN);

    MeetingListRowTests() {
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aRowReadsInTheReadersLanguageWithItsPeriodLabelsAndNames() {
        MeetingSummary talks = new MeetingSummary(7, MeetingKind.TALKS, "Hội đàm tháng 3", LocalDate.of(2024, 3, 30),
                LocalDate.of(2024, 4, 2), Country.CN, "Hà Khẩu", List.of(laoCai), List.of(hekou), 2, MeetingStatus.RECORDED);

        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        MeetingListRow vietnamese = MeetingListRow.of(talks, RowTexts.of(messages));
        assertThat(vietnamese.dates()).isEqualTo("30/03/2024 – 02/04/2024");
        assertThat(vietnamese.kind()).isEqualTo("Hội đàm");
        assertThat(vietnamese.title()).isEqualTo("Hội đàm tháng 3");
        assertThat(vietnamese.titled()).isTrue();
        assertThat(vietnamese.ours()).containsExactly("Công an tỉnh Lào Cai");
        assertThat(vietnamese.partners()).containsExactly(new AgencyName("Công an huyện Hà Khẩu", "河口县公安局"));
        assertThat(vietnamese.placeCountry()).isEqualTo("(Trung Quốc)");
        assertThat(vietnamese.status()).isEqualTo("Đã ghi nhận");
        assertThat(vietnamese.cancelled()).isFalse();

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        MeetingListRow english = MeetingListRow.of(talks, RowTexts.of(messages));
        assertThat(english.kind()).isEqualTo("Talks");
        // An agency without an English name keeps its Vietnamese one.
        assertThat(english.ours()).containsExactly("Lao Cai Provincial Police");
        assertThat(english.partners()).containsExactly(new AgencyName("Công an huyện Hà Khẩu", "河口县公安局"));
        assertThat(english.placeCountry()).isEqualTo("(China)");
        assertThat(english.status()).isEqualTo("Recorded");
    }

    @Test
    void aOneDayMeetingWithoutATitleShowsItsDayAndItsKindAsTheTitle() {
        MeetingSummary letter = new MeetingSummary(8, MeetingKind.LETTER_EXCHANGE, null, LocalDate.of(2018, 1, 5),
                LocalDate.of(2018, 1, 5), Country.VN, "Lào Cai", List.of(laoCai), List.of(), 1, MeetingStatus.CANCELLED);

        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        MeetingListRow row = MeetingListRow.of(letter, RowTexts.of(messages));

        assertThat(row.dates()).isEqualTo("05/01/2018");
        assertThat(row.title()).isEqualTo("Trao đổi thư, công hàm").isEqualTo(row.kind());
        assertThat(row.titled()).isFalse();
        assertThat(row.partners()).isEmpty();
        assertThat(row.cancelled()).isTrue();
    }

    private static AgencyView agency(String nameVi, String nameEn, String nameNative, Country country) {
        return new AgencyView(1, "X", nameVi, nameEn, nameNative, country, AgencyKind.values()[0], AgencyLevel.values()[0],
                null, null, "/1/", LocalDate.of(2000, 1, 1), null, true, null, 0, DocumentSettings.NONE);
    }
}
