package org.borderliaison.casefile;

import org.borderliaison.shared.Spread;

/** The cases of a period as the summary shows them: the totals, and the cases per month opened and per partner agency. */
public record CasesInPeriod(CaseTotals totals, Spread spread) {
}
