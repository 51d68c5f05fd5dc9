package org.borderliaison.shared;

import java.time.YearMonth;
import java.util.Map;

/**
 * One figure of the summary spread over the months of a period and over the partner agencies, as a module's
 * aggregate queries answer it: what the summary's breakdowns and charts are made of. A record with several
 * partners counts once in its month and once for each of its partners (among those asked for), so the partner
 * column may add up to more than the month column. Months and partners without any activity are absent.
 */
public record Spread(Map<YearMonth, Long> byMonth, Map<Long, Long> byPartnerAgency) {

    public static final Spread NONE = new Spread(Map.of(), Map.of());

    public Spread {
        byMonth = Map.copyOf(byMonth);
        byPartnerAgency = Map.copyOf(byPartnerAgency);
    }

    /**
     * The month of a row's yyyymm column, as the GROUP BYs return it: the records' month columns (year * 100 + month)
     * that the database computes from their dates.
     */
    public static YearMonth month(Object yyyymm) {
        int value = ((Number) yyyymm).intValue();
        return YearMonth.of(value / 100, value % 100);
    }
}
