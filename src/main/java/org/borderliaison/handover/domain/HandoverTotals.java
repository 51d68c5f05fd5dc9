package org.borderliaison.handover.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.handover.HandoverTotal;
import org.borderliaison.handover.HandoversInPeriod;
import org.borderliaison.shared.Spread;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The GROUP BY behind {@link org.borderliaison.handover.Handovers#totals}; scope is the caller's. */
@Component
@Transactional(readOnly = true)
public class HandoverTotals {

    private static final Set<HandoverCategory> PERSONS = EnumSet.copyOf(Arrays.stream(HandoverCategory.values())
            .filter(HandoverCategory::persons).toList());

    private final HandoverRepository repository;

    HandoverTotals(HandoverRepository repository) {
        this.repository = repository;
    }

    public List<HandoverTotal> of(Collection<Long> ourAgencyIds, LocalDate from, LocalDate to, Collection<Long> partnerAgencyIds,
            Country partnerCountry) {
        if (ourAgencyIds.isEmpty()) {
            return List.of();
        }
        boolean anyPartner = partnerAgencyIds == null || partnerAgencyIds.isEmpty();
        return repository.totals(ourAgencyIds, from, to, anyPartner, anyPartner ? List.of(-1L) : partnerAgencyIds,
                partnerCountry == null, partnerCountry);
    }

    /**
     * {@link #of} together with the persons (not property or aid items) handed over or received per month and per
     * partner agency: the totals and the months from one GROUP BY (direction, category, year, month), the partners from
     * a second.
     */
    public HandoversInPeriod inPeriod(Collection<Long> ourAgencyIds, LocalDate from, LocalDate to, Collection<Long> partnerAgencyIds,
            Country partnerCountry) {
        if (ourAgencyIds.isEmpty()) {
            return new HandoversInPeriod(List.of(), Spread.NONE);
        }
        boolean anyPartner = partnerAgencyIds == null || partnerAgencyIds.isEmpty();
        Collection<Long> partners = anyPartner ? List.of(-1L) : partnerAgencyIds;
        Map<Line, long[]> byLine = new TreeMap<>(Line.ORDER);
        Map<YearMonth, Long> byMonth = new HashMap<>();
        for (Object[] row : repository.totalsByMonth(ourAgencyIds, from, to, anyPartner, partners, partnerCountry == null,
                partnerCountry)) {
            HandoverCategory category = (HandoverCategory) row[1];
            long records = ((Number) row[3]).longValue();
            long quantity = ((Number) row[4]).longValue();
            long[] sums = byLine.computeIfAbsent(new Line((HandoverDirection) row[0], category), line -> new long[2]);
            sums[0] += records;
            sums[1] += quantity;
            if (category.persons()) {
                byMonth.merge(Spread.month(row[2]), quantity, Long::sum);
            }
        }
        Map<Long, Long> byPartner = new HashMap<>();
        for (Object[] row : repository.personsByPartner(ourAgencyIds, from, to, PERSONS, anyPartner, partners, partnerCountry == null,
                partnerCountry)) {
            byPartner.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        List<HandoverTotal> totals = byLine.entrySet().stream()
                .map(line -> new HandoverTotal(line.getKey().direction(), line.getKey().category(), line.getValue()[0], line.getValue()[1]))
                .toList();
        return new HandoversInPeriod(totals, new Spread(byMonth, byPartner));
    }

    /** A line of the totals: a direction and a category, in the enums' order. */
    private record Line(HandoverDirection direction, HandoverCategory category) {

        static final Comparator<Line> ORDER = Comparator.comparing(Line::direction).thenComparing(Line::category);
    }
}
