package org.borderliaison.report.web;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderliaison.report.Activity;
import org.borderliaison.report.Activity.Measure;
import org.borderliaison.report.Summary;
import org.borderliaison.report.SummaryNumbers;
import org.springframework.context.MessageSource;

/**
 * The summary's breakdowns as the page, the printout and the PDF draw them, with every drawing rule decided here:
 * the month table (with a subtotal per calendar year when the period spans several), the partner table, and the
 * charts as plain boxes whose sizes are computed in millimetres or percent, so that they print and render to PDF
 * without scripts or SVG. Up to {@value #MONTHLY_COLUMNS_UP_TO} months the trend has one column per month, the
 * years written under their months; longer periods (the ministry over ten years) have one column per calendar
 * year, a partial year marked with its months, while the table still lists every month. Each partner chart shows
 * the {@value #PARTNERS_PER_CHART} busiest partners for its measure and sums the others in one bar. Every bar
 * carries its value, so the printout reads without colour.
 */
public final class SummaryBreakdowns {

    static final int MONTHLY_COLUMNS_UP_TO = 36;
    static final int YEARLY_COLUMNS_UP_TO = 30;
    static final int PARTNERS_PER_CHART = 10;
    /** The height of the tallest column of a trend chart, in millimetres. */
    static final double COLUMN_MM = 24;
    /** The width of the longest partner bar, in percent of its cell (the rest is left for its value). */
    static final double BAR_PERCENT = 82;
    /** Columns drawn smaller than this would vanish in print: a value above zero gets at least this height. */
    private static final double MIN_COLUMN_MM = 0.6;
    private static final double MIN_BAR_PERCENT = 0.8;

    private final Summary summary;
    private final Locale locale;
    private final Map<Long, String> nativeNames;
    private final MessageSource messages;

    /**
     * @param nativeNames partner agencies' names in their own script (Chinese, Lao...), by id, shown beside the
     *                    name in the reader's language; agencies without one are left out
     */
    SummaryBreakdowns(Summary summary, Locale locale, Map<Long, String> nativeNames) {
        this(summary, locale, nativeNames, null);
    }

    /** @param messages for "period's name (today's name)" where an agency has been renamed since; null: the period's name alone */
    SummaryBreakdowns(Summary summary, Locale locale, Map<Long, String> nativeNames, MessageSource messages) {
        this.summary = summary;
        this.locale = locale;
        this.nativeNames = nativeNames;
        this.messages = messages;
    }

    /** The agency's name of the period, with today's beside it where it differs ("X (nay là Y)"). */
    public String named(Summary.AgencyRef agency) {
        return named(agency, locale, messages);
    }

    static String named(Summary.AgencyRef agency, Locale locale, MessageSource messages) {
        String name = agency.name(locale.getLanguage());
        String today = agency.todayName(locale.getLanguage());
        return today == null || messages == null ? name : messages.getMessage("agency.todayName", new Object[] {name, today}, locale);
    }

    /** The measures in the order of the table columns and the charts. */
    public List<Measure> measures() {
        return List.of(Measure.values());
    }

    /** The name of an agency in its own script, when it differs from the name in the reader's language. */
    public String nativeName(Summary.AgencyRef agency) {
        String name = nativeNames.get(agency.id());
        return name == null || name.isBlank() || name.equals(agency.name(locale.getLanguage())) ? null : name;
    }

    // ---- tables ----

    /** A row of the month table: one month, the subtotal of a calendar year, or the total of the period. */
    public record MonthRow(YearMonth month, Integer year, Activity activity) {

        public boolean isMonth() {
            return month != null;
        }

        public boolean isYearTotal() {
            return month == null && year != null;
        }

        public boolean isTotal() {
            return month == null && year == null;
        }

        /** 03/2018 in either language. */
        public String monthLabel() {
            return month == null ? null : "%02d/%d".formatted(month.getMonthValue(), month.getYear());
        }
    }

    /** Every month of the period, each calendar year closed by its subtotal when there are several, then the total. */
    public List<MonthRow> monthRows() {
        List<MonthRow> rows = new ArrayList<>();
        boolean severalYears = summary.period().from().getYear() != summary.period().to().getYear();
        Activity year = Activity.NONE;
        for (int i = 0; i < summary.byMonth().size(); i++) {
            Activity.InMonth month = summary.byMonth().get(i);
            rows.add(new MonthRow(month.month(), null, month.activity()));
            year = year.plus(month.activity());
            boolean lastOfYear = i == summary.byMonth().size() - 1 || summary.byMonth().get(i + 1).month().getYear() != month.month().getYear();
            if (severalYears && lastOfYear) {
                rows.add(new MonthRow(null, month.month().getYear(), year));
                year = Activity.NONE;
            }
        }
        rows.add(new MonthRow(null, null, total()));
        return rows;
    }

    /** The period's activity, the sum of its months. */
    public Activity total() {
        return summary.byMonth().stream().map(Activity.InMonth::activity).reduce(Activity.NONE, Activity::plus);
    }

    /** A row of the partner table. */
    public record PartnerRow(Summary.AgencyRef partner, String name, String nativeName, Activity activity) {
    }

    /** Every partner with some activity, busiest first (a record with several partners counts for each). */
    public List<PartnerRow> partnerRows() {
        return summary.byPartner().stream()
                .map(row -> new PartnerRow(row.partner(), named(row.partner()), nativeName(row.partner()), row.activity()))
                .toList();
    }

    // ---- trend charts ----

    /**
     * One column of a trend chart: its label under the axis (with a note for a partial year: T1–T3), its value
     * written above it and its height.
     */
    public record Column(String label, String note, long value, String valueLabel, String height) {
    }

    /** The year written under its months on a monthly trend. */
    public record Span(String label, int columns) {
    }

    /** The trend of one measure over the period; spans only on a monthly trend. */
    public record TrendChart(Measure measure, boolean yearly, List<Column> columns, List<Span> spans) {

        /** The width of each column, in percent of the chart. */
        public String columnWidth() {
            return percent(100.0 / columns.size());
        }

        /** Many thin columns get smaller value labels. */
        public boolean dense() {
            return columns.size() > 24;
        }
    }

    /** Whether the trend charts add up years rather than show months. */
    public boolean yearlyTrend() {
        return summary.byMonth().size() > MONTHLY_COLUMNS_UP_TO;
    }

    /** A trend chart for each measure with some activity in the period. */
    public List<TrendChart> trendCharts() {
        return measures().stream().map(this::trendChart).filter(chart -> chart.columns().stream().anyMatch(c -> c.value() > 0)).toList();
    }

    TrendChart trendChart(Measure measure) {
        if (!yearlyTrend()) {
            long max = summary.monthlyMax(measure);
            List<Column> columns = summary.byMonth().stream()
                    .map(month -> column(String.valueOf(month.month().getMonthValue()), null, month.activity().get(measure), max))
                    .toList();
            Map<Integer, Long> monthsPerYear = summary.byMonth().stream()
                    .collect(Collectors.groupingBy(month -> month.month().getYear(), LinkedHashMap::new, Collectors.counting()));
            List<Span> spans = monthsPerYear.entrySet().stream()
                    .map(year -> new Span(String.valueOf(year.getKey()), year.getValue().intValue())).toList();
            return new TrendChart(measure, false, columns, spans);
        }
        Map<Integer, List<Activity.InMonth>> years = summary.byMonth().stream()
                .collect(Collectors.groupingBy(month -> month.month().getYear(), LinkedHashMap::new, Collectors.toList()));
        Map<Integer, Long> sums = years.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                year -> year.getValue().stream().mapToLong(month -> month.activity().get(measure)).sum(), (a, b) -> a, LinkedHashMap::new));
        long max = Math.max(1, sums.values().stream().mapToLong(Long::longValue).max().orElse(0));
        List<Column> columns = new ArrayList<>();
        if (years.size() > YEARLY_COLUMNS_UP_TO) {
            return new TrendChart(measure, true, yearGroups(sums), List.of());
        }
        years.forEach((year, months) -> columns.add(column(String.valueOf(year), months.size() == 12 ? null
                : monthRange(months.get(0).month().getMonth(), months.get(months.size() - 1).month().getMonth()), sums.get(year), max)));
        return new TrendChart(measure, true, columns, List.of());
    }

    /**
     * Periods of many decades get one column per group of consecutive years, at most {@value #YEARLY_COLUMNS_UP_TO}
     * columns: more would be too thin to print (the PDF's table layout fails on columns narrower than a point).
     */
    private List<Column> yearGroups(Map<Integer, Long> sums) {
        List<Integer> years = new ArrayList<>(sums.keySet());
        int perColumn = (years.size() + YEARLY_COLUMNS_UP_TO - 1) / YEARLY_COLUMNS_UP_TO;
        List<long[]> groups = new ArrayList<>();
        for (int start = 0; start < years.size(); start += perColumn) {
            List<Integer> group = years.subList(start, Math.min(years.size(), start + perColumn));
            groups.add(new long[] {group.get(0), group.get(group.size() - 1), group.stream().mapToLong(sums::get).sum()});
        }
        long max = Math.max(1, groups.stream().mapToLong(group -> group[2]).max().orElse(0));
        return groups.stream().map(group -> column(group[0] == group[1] ? String.valueOf(group[0]) : group[0] + "–" + group[1], null,
                group[2], max)).toList();
    }

    private Column column(String label, String note, long value, long max) {
        double height = value == 0 ? 0 : Math.max(MIN_COLUMN_MM, COLUMN_MM * value / max);
        return new Column(label, note, value, value == 0 ? "" : number(value), millimetres(height));
    }

    /** The months a partial year covers: T1–T3 in Vietnamese, Jan–Mar in English. */
    private String monthRange(Month first, Month last) {
        String from = monthName(first);
        return first == last ? from : from + "–" + monthName(last);
    }

    private String monthName(Month month) {
        return "vi".equals(locale.getLanguage()) ? "T" + month.getValue() : month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    // ---- partner charts ----

    /** One bar of a partner chart; {@code others} counts the partners summed in it (0 for a single partner). */
    public record Bar(String name, String nativeName, long value, String valueLabel, String width, int others) {
    }

    /** The split of one measure by partner. */
    public record PartnerChart(Measure measure, List<Bar> bars) {
    }

    /** A partner chart for each measure that some partner has. */
    public List<PartnerChart> partnerCharts() {
        return measures().stream().map(this::partnerChart).filter(chart -> !chart.bars().isEmpty()).toList();
    }

    PartnerChart partnerChart(Measure measure) {
        List<PartnerRow> partners = partnerRows().stream().filter(row -> row.activity().get(measure) > 0)
                .sorted(Comparator.comparingLong((PartnerRow row) -> row.activity().get(measure)).reversed()).toList();
        List<PartnerRow> shown = partners.subList(0, Math.min(PARTNERS_PER_CHART, partners.size()));
        List<PartnerRow> rest = partners.subList(shown.size(), partners.size());
        long others = rest.stream().mapToLong(row -> row.activity().get(measure)).sum();
        long max = Math.max(Math.max(1, summary.partnerMax(measure)), others);
        List<Bar> bars = new ArrayList<>(shown.stream()
                .map(row -> bar(row.name(), row.nativeName(), row.activity().get(measure), max, 0)).toList());
        if (!rest.isEmpty()) {
            bars.add(bar(null, null, others, max, rest.size()));
        }
        return new PartnerChart(measure, bars);
    }

    private Bar bar(String name, String nativeName, long value, long max, int others) {
        double width = Math.max(MIN_BAR_PERCENT, BAR_PERCENT * value / max);
        return new Bar(name, nativeName, value, number(value), percent(width), others);
    }

    // ---- helpers ----

    private String number(long value) {
        return SummaryNumbers.format(BigDecimal.valueOf(value), locale, false);
    }

    /** CSS lengths are written with a point whatever the reader's language (23.5mm, never 23,5mm). */
    private static String millimetres(double value) {
        return String.format(Locale.ROOT, "%.1fmm", value);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }

    /** Partners' names in their own script, looked up once for the summary's partners. */
    static Map<Long, String> nativeNames(Summary summary, Function<List<Long>, Map<Long, String>> lookup) {
        List<Long> ids = new ArrayList<>(summary.byPartner().stream().map(row -> row.partner().id()).toList());
        if (summary.partnerAgency() != null) {
            ids.add(summary.partnerAgency().id());
        }
        return ids.isEmpty() ? Map.of() : lookup.apply(ids);
    }
}
