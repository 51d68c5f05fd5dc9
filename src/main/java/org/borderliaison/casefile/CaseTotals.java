package org.borderliaison.casefile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Cases per category (count, subjects, victims) and the seizures per item in the canonical unit. */
public record CaseTotals(List<CategoryTotal> categories, List<SeizureTotal> seizures) {

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
