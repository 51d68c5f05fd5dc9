package org.borderliaison.handover;

/** Which way the persons or goods crossed: to the partner (trao trả, bàn giao) or from them (tiếp nhận). */
public enum HandoverDirection {
    HANDED_OVER,
    RECEIVED
}
