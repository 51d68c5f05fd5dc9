package org.borderliaison.handover.domain;

import java.util.List;
import org.borderliaison.handover.Representative;

/**
 * Who signs the handover record: our side's representatives, the partner's, and the witnesses, each in the order
 * given (the first of a side signs first). Lists left out are empty: a change replaces all three.
 */
public record Representatives(List<Representative> ours, List<Representative> partner, List<Representative> witnesses) {

    public static final Representatives NONE = new Representatives(List.of(), List.of(), List.of());

    public Representatives {
        ours = ours == null ? List.of() : List.copyOf(ours);
        partner = partner == null ? List.of() : List.copyOf(partner);
        witnesses = witnesses == null ? List.of() : List.copyOf(witnesses);
    }

    public boolean isEmpty() {
        return ours.isEmpty() && partner.isEmpty() && witnesses.isEmpty();
    }
}
