package org.borderliaison.shared.document;

/**
 * The confidentiality mark chosen when a document is printed (Law on Protection of State Secrets 2018): stamped
 * under the number line as Decree 30 places it, and written to the access log with the download.
 */
public enum Confidentiality {
    NONE(null), CONFIDENTIAL("MẬT"), SECRET("TỐI MẬT"), TOP_SECRET("TUYỆT MẬT");

    private final String mark;

    Confidentiality(String mark) {
        this.mark = mark;
    }

    /** The stamp as printed, always in Vietnamese; null for none. */
    public String mark() {
        return mark;
    }

    public boolean marked() {
        return mark != null;
    }
}
