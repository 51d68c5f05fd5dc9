package org.borderliaison.handover;

import java.util.List;
import org.borderliaison.shared.Spread;

/**
 * The handovers of a period as the summary shows them: the totals per direction and category, and the persons handed
 * over or received (both directions; property and aid items left out) per month and per partner agency.
 */
public record HandoversInPeriod(List<HandoverTotal> totals, Spread persons) {

    public HandoversInPeriod {
        totals = List.copyOf(totals);
    }
}
