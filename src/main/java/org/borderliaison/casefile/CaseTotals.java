package org.borderliaison.casefile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Cases per category (count, subjects, victims) and the seizures per item in the canonical unit. */
public record CaseTotals(List<CategoryTotal> categories, List<SeizureTotal> seizures) {

    /** The totals of a period from those of its pieces (a period split where the hierarchy changed). */
    public static CaseTotals sum(List<CaseTotals> pieces) {
        if (pieces.size() == 1) {
            return pieces.get(0);
        }
        java.util.Map<CaseCategory, CategoryTotal> categories = new java.util.EnumMap<>(CaseCategory.class);
        java.util.Map<List<Object>, SeizureTotal> seizures = new java.util.LinkedHashMap<>();
        for (CaseTotals piece : pieces) {
            piece.categories().forEach(total -> categories.merge(total.category(), total, (a, b) -> new CategoryTotal(a.category(),
                    a.cases() + b.cases(), a.subjects() + b.subjects(), a.victims() + b.victims())));
            piece.seizures().forEach(total -> seizures.merge(List.of(total.category(), total.item(), total.unit()), total,
                    (a, b) -> new SeizureTotal(a.category(), a.item(), a.unit(), a.quantity().add(b.quantity()))));
        }
        return new CaseTotals(List.copyOf(categories.values()), List.copyOf(seizures.values()));
    }

    public record CategoryTotal(CaseCategory category, long cases, long subjects, long victims) {
    }

    /** The summed quantity of one item in one canonical unit, within the cases of one category. */
    public record SeizureTotal(CaseCategory category, SeizureItem item, SeizureUnit unit, BigDecimal quantity) {
    }

    public Optional<CategoryTotal> category(CaseCategory category) {
        return categories.stream().filter(total -> total.category() == category).findFirst();
    }

    /** The total of an item in a unit over every category (zero when none was seized). */
    public BigDecimal seized(SeizureItem item, SeizureUnit unit) {
        return seizures.stream().filter(total -> total.item() == item && total.unit() == unit)
                .map(SeizureTotal::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
