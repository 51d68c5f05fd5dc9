package org.borderliaison.casefile.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.casefile.CaseTotals;
import org.borderliaison.casefile.CaseTotalsQuery;
import org.borderliaison.casefile.CasesInPeriod;
import org.borderliaison.casefile.Quantities;
import org.borderliaison.casefile.SeizureItem;
import org.borderliaison.casefile.SeizureUnit;
import org.borderliaison.shared.Spread;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The summary's figures as GROUP BY queries: cases per category (and month), and seizures per category, item and
 * canonical unit (a join with the cases would count a case once per seizure, hence two queries).
 */
@Component
@Transactional(readOnly = true)
public class CaseTotalsQueries {

    private final EntityManager entityManager;

    CaseTotalsQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public CaseTotals totals(CaseTotalsQuery query) {
        if (query.ourAgencyIds().isEmpty()) {
            return new CaseTotals(List.of(), List.of());
        }
        String where = where(query);
        List<CaseTotals.CategoryTotal> categories = bind(entityManager.createQuery(
                "select c.category, count(c), coalesce(sum(c.subjects), 0), coalesce(sum(c.victims), 0) from CaseFile c"
                        + where + " group by c.category order by c.category", Object[].class), query)
                .getResultList().stream()
                .map(row -> new CaseTotals.CategoryTotal((CaseCategory) row[0], number(row[1]), number(row[2]), number(row[3])))
                .toList();
        return new CaseTotals(categories, seizures(query, where));
    }

    /**
     * {@link #totals} together with the cases per month opened and per partner agency worked with (only the query's
     * partners when it names some; a case with two partners counts once for each), for the summary's current period:
     * the categories and the months come from one GROUP BY (category, month), so three queries in all.
     */
    public CasesInPeriod inPeriod(CaseTotalsQuery query) {
        if (query.ourAgencyIds().isEmpty()) {
            return new CasesInPeriod(new CaseTotals(List.of(), List.of()), Spread.NONE);
        }
        String where = where(query);
        Map<CaseCategory, long[]> byCategory = new EnumMap<>(CaseCategory.class);
        Map<YearMonth, Long> byMonth = new HashMap<>();
        bind(entityManager.createQuery("select c.category, c.openedMonth, count(c), coalesce(sum(c.subjects), 0),"
                + " coalesce(sum(c.victims), 0) from CaseFile c" + where + " group by c.category, c.openedMonth", Object[].class), query)
                .getResultList().forEach(row -> {
                    long[] sums = byCategory.computeIfAbsent((CaseCategory) row[0], category -> new long[3]);
                    for (int i = 0; i < 3; i++) {
                        sums[i] += number(row[2 + i]);
                    }
                    byMonth.merge(Spread.month(row[1]), number(row[2]), Long::sum);
                });
        List<CaseTotals.CategoryTotal> categories = byCategory.entrySet().stream()
                .map(category -> new CaseTotals.CategoryTotal(category.getKey(), category.getValue()[0], category.getValue()[1],
                        category.getValue()[2]))
                .toList();
        StringBuilder partnerRows = new StringBuilder(where);
        if (!query.partnerAgencyIds().isEmpty()) {
            partnerRows.append(" and p.agencyId in :partners");
        }
        if (query.partnerCountry() != null) {
            partnerRows.append(" and p.country = :country");
        }
        Map<Long, Long> byPartner = new HashMap<>();
        bind(entityManager.createQuery("select p.agencyId, count(distinct c.id) from CaseFile c join c.partners p" + partnerRows
                + " group by p.agencyId", Object[].class), query)
                .getResultList().forEach(row -> byPartner.put(number(row[0]), number(row[1])));
        return new CasesInPeriod(new CaseTotals(categories, seizures(query, where)), new Spread(byMonth, byPartner));
    }

    private List<CaseTotals.SeizureTotal> seizures(CaseTotalsQuery query, String where) {
        return bind(entityManager.createQuery(
                "select c.category, s.item, s.canonicalUnit, sum(s.canonicalQuantity) from CaseFile c join c.seizures s"
                        + where + " group by c.category, s.item, s.canonicalUnit order by c.category, s.item, s.canonicalUnit",
                Object[].class), query)
                .getResultList().stream()
                .map(row -> new CaseTotals.SeizureTotal((CaseCategory) row[0], (SeizureItem) row[1], (SeizureUnit) row[2],
                        Quantities.plain((BigDecimal) row[3])))
                .toList();
    }

    private static String where(CaseTotalsQuery query) {
        StringBuilder where = new StringBuilder(" where c.leadAgencyId in :ours and c.openedOn >= :from and c.openedOn <= :to");
        if (!query.partnerAgencyIds().isEmpty()) {
            where.append(" and exists (select 1 from CaseFile o join o.partners p where o.id = c.id and p.agencyId in :partners)");
        }
        if (query.partnerCountry() != null) {
            where.append(" and exists (select 1 from CaseFile o join o.partners p where o.id = c.id and p.country = :country)");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> typed, CaseTotalsQuery query) {
        typed.setParameter("ours", query.ourAgencyIds()).setParameter("from", query.from()).setParameter("to", query.to());
        if (!query.partnerAgencyIds().isEmpty()) {
            typed.setParameter("partners", query.partnerAgencyIds());
        }
        if (query.partnerCountry() != null) {
            typed.setParameter("country", query.partnerCountry());
        }
        return typed;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
