package org.borderliaison.handover;

/**
 * What the handover rests on. The reference (an agreement's title, a wanted-notice or diplomatic-note number)
 * is kept as text next to it.
 */
public enum LegalBasisKind {
    AGREEMENT,
    WANTED_NOTICE,
    DIPLOMATIC_NOTE,
    OTHER
}
