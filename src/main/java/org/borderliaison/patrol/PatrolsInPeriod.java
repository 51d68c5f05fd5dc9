package org.borderliaison.patrol;

import java.util.List;
import org.borderliaison.shared.Spread;

/**
 * The patrols of a period as the summary shows them: the totals per kind, and the patrols per month and per partner
 * agency. Kinds, months and partners without any patrol are absent.
 */
public record PatrolsInPeriod(List<PatrolTotal> totals, Spread spread) {

    public PatrolsInPeriod {
        totals = List.copyOf(totals);
    }
}
