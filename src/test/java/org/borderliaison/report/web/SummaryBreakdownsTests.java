package org.borderliaison.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderliaison.report.Activity;
import org.borderliaison.report.Activity.Measure;
import org.borderliaison.report.Compared;
import org.borderliaison.report.Period;
import org.borderliaison.report.Summary;
import org.junit.jupiter.api.Test;

/** The drawing rules of the breakdowns: months or years on the trend, scales, subtotals, the busiest partners. */
class SummaryBreakdownsTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void aYearHasOneColumnPerMonthScaledToTheBusiestMonth() {
        Summary year = summary(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), month -> month.getMonthValue() * 10L);
        SummaryBreakdowns breakdowns = new SummaryBreakdowns(year, VI, Map.of());

        assertThat(breakdowns.yearlyTrend()).isFalse();
        SummaryBreakdowns.TrendChart meetings = breakdowns.trendChart(Measure.MEETINGS);
        assertThat(meetings.columns()).hasSize(12);
        assertThat(meetings.columns().get(11)).isEqualTo(new SummaryBreakdowns.Column("12", null, 120, "120", "24.0mm"));
        assertThat(meetings.columns().get(5).height()).isEqualTo("12.0mm");
        assertThat(meetings.spans()).containsExactly(new SummaryBreakdowns.Span("2024", 12));
        assertThat(meetings.columnWidth()).isEqualTo("8.33%");
        // No patrols at all: no patrol chart; one year: no subtotal, only the total.
        assertThat(breakdowns.trendCharts()).extracting(SummaryBreakdowns.TrendChart::measure).doesNotContain(Measure.PATROLS);
        List<SummaryBreakdowns.MonthRow> rows = breakdowns.monthRows();
        assertThat(rows).hasSize(13);
        assertThat(rows.get(12).isTotal()).isTrue();
        assertThat(rows.get(12).activity().meetings()).isEqualTo(780);
    }

    @Test
    void tenYearsAddUpEachYearAndMarkThePartialOnes() {
        // The ministry over ten years and a bit: 2015-04 .. 2025-02, 119 months.
        Summary decade = summary(new Period(LocalDate.of(2015, 4, 1), LocalDate.of(2025, 2, 28)), month -> 1000L);
        SummaryBreakdowns breakdowns = new SummaryBreakdowns(decade, Locale.ENGLISH, Map.of());

        assertThat(breakdowns.yearlyTrend()).isTrue();
        SummaryBreakdowns.TrendChart chart = breakdowns.trendChart(Measure.MEETINGS);
        assertThat(chart.columns()).extracting(SummaryBreakdowns.Column::label)
                .containsExactly("2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025");
        assertThat(chart.columns().get(1)).isEqualTo(new SummaryBreakdowns.Column("2016", null, 12000, "12,000", "24.0mm"));
        assertThat(chart.columns().get(0).height()).isEqualTo("18.0mm"); // 9 months of 12
        assertThat(chart.columns().get(10).height()).isEqualTo("4.0mm");
        assertThat(chart.columns()).extracting(SummaryBreakdowns.Column::note).startsWith("Apr–Dec", null).endsWith("Jan–Feb");
        assertThat(chart.spans()).isEmpty();
        assertThat(chart.dense()).isFalse();
        // The table keeps every month, each year closed by its subtotal.
        List<SummaryBreakdowns.MonthRow> rows = breakdowns.monthRows();
        assertThat(rows.stream().filter(SummaryBreakdowns.MonthRow::isMonth)).hasSize(119);
        assertThat(rows.stream().filter(SummaryBreakdowns.MonthRow::isYearTotal)).hasSize(11);
        assertThat(rows.get(9)).satisfies(row -> {
            assertThat(row.year()).isEqualTo(2015);
            assertThat(row.activity().meetings()).isEqualTo(9000);
        });
    }

    @Test
    void thirtySixMonthsStayMonthlyAndThinColumnsGetSmallerLabels() {
        SummaryBreakdowns breakdowns = new SummaryBreakdowns(
                summary(new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)), month -> 3L), VI, Map.of());
        assertThat(breakdowns.yearlyTrend()).isFalse();
        SummaryBreakdowns.TrendChart chart = breakdowns.trendChart(Measure.MEETINGS);
        assertThat(chart.columns()).hasSize(36);
        assertThat(chart.dense()).isTrue();
        assertThat(chart.spans()).extracting(SummaryBreakdowns.Span::columns).containsExactly(12, 12, 12);
    }

    @Test
    void thePartnerChartShowsTheBusiestAndSumsTheOthers() {
        Period period = Period.year(2024);
        List<Activity.WithPartner> partners = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            partners.add(new Activity.WithPartner(new Summary.AgencyRef(100 + i, "P" + i, "Đối tác " + i, "Partner " + i),
                    new Activity(0, 14 - i, 0, 0)));
        }
        Summary summary = new Summary(ref(), null, null, period, period.previous(), Map.of(), Map.of(), Map.of(), Map.of(), Compared.ZERO, Map.of(),
                months(period, month -> 0L), partners, new Summary.Narrative("", ""));
        SummaryBreakdowns breakdowns = new SummaryBreakdowns(summary, VI, Map.of(101L, "广西", 102L, "Đối tác 2"));

        SummaryBreakdowns.PartnerChart patrols = breakdowns.partnerChart(Measure.PATROLS);
        assertThat(patrols.bars()).hasSize(11);
        assertThat(patrols.bars().get(0)).isEqualTo(new SummaryBreakdowns.Bar("Đối tác 1", "广西", 13, "13", "82.00%", 0));
        // the native name is left out where it is the name already shown
        assertThat(patrols.bars().get(1).nativeName()).isNull();
        // partners 11 to 13 (3 + 2 + 1 patrols) in one bar
        assertThat(patrols.bars().get(10)).isEqualTo(new SummaryBreakdowns.Bar(null, null, 6, "6", "37.85%", 3));
        assertThat(breakdowns.partnerCharts()).extracting(SummaryBreakdowns.PartnerChart::measure).containsExactly(Measure.PATROLS);
    }

    @Test
    void printedTextIsQuotedSafelyForCss() {
        SummaryFormat format = new SummaryFormat(VI);
        assertThat(format.css("Công an \"A\" & <B>")).isEqualTo("\"Công an \\22 A\\22  \\26  \\3c B\\3e \"");
        assertThat(format.pageNumbers("Trang {0}/{1}")).isEqualTo("\"Trang \" counter(page) \"/\" counter(pages)");
        assertThat(format.pageNumbers("Page {0} of {1}")).isEqualTo("\"Page \" counter(page) \" of \" counter(pages)");
    }

    private static Summary summary(Period period, java.util.function.Function<YearMonth, Long> meetings) {
        return new Summary(ref(), null, null, period, period.previous(), Map.of(), Map.of(), Map.of(), Map.of(), Compared.ZERO, Map.of(),
                months(period, meetings), List.of(), new Summary.Narrative("", ""));
    }

    private static List<Activity.InMonth> months(Period period, java.util.function.Function<YearMonth, Long> meetings) {
        List<Activity.InMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to())); month = month.plusMonths(1)) {
            long value = meetings.apply(month);
            months.add(new Activity.InMonth(month, new Activity(value, 0, value / 2, 0)));
        }
        return months;
    }

    private static Summary.AgencyRef ref() {
        return new Summary.AgencyRef(1, "V02", "Bộ Công an", "Ministry of Public Security");
    }
}
