package org.borderliaison.meeting;

import java.util.Map;
import org.borderliaison.shared.Spread;

/**
 * The meetings of a period as the summary shows them: the sums per kind, and the same sums (all kinds together) per
 * month and per partner agency. Kinds, months and partners without any meeting are absent.
 */
public record MeetingFigures(Map<MeetingKind, Long> byKind, Spread spread) {

    public MeetingFigures {
        byKind = Map.copyOf(byKind);
    }
}
