package org.borderliaison.patrol;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Patrols of one kind in a period: how many, and the personnel (lượt cán bộ, chiến sĩ) of each side summed. */
public record PatrolTotal(PatrolKind kind, long patrols, long ourPersonnel, long partnerPersonnel) {

    /** The totals of a period from those of its pieces (a period split where the hierarchy changed). */
    public static List<PatrolTotal> sum(List<List<PatrolTotal>> pieces) {
        if (pieces.size() == 1) {
            return pieces.get(0);
        }
        Map<PatrolKind, PatrolTotal> sums = new EnumMap<>(PatrolKind.class);
        pieces.forEach(piece -> piece.forEach(total -> sums.merge(total.kind(), total, (a, b) -> new PatrolTotal(a.kind(),
                a.patrols() + b.patrols(), a.ourPersonnel() + b.ourPersonnel(), a.partnerPersonnel() + b.partnerPersonnel()))));
        return List.copyOf(sums.values());
    }
}
