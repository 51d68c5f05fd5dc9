package org.borderliaison.patrol;

/** Patrols of one kind in a period: how many, and the personnel (lượt cán bộ, chiến sĩ) of each side summed. */
public record PatrolTotal(PatrolKind kind, long patrols, long ourPersonnel, long partnerPersonnel) {
}
