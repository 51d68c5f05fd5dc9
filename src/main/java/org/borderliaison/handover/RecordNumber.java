package org.borderliaison.handover;

/**
 * The number of a handover record: the running number within the issuing agency's year and the symbol printed after
 * it, as "Số: 12/BB-CATLS" (BB: biên bản, then the agency's document symbol).
 */
public record RecordNumber(int year, int number, String symbol) {

    /** The document type of a handover record: biên bản. */
    public static final String TYPE = "BB";

    /** "12/BB-CATLS", the part after "Số:". */
    public String text() {
        return number + "/" + symbol;
    }

    /** The document type before the dash: "BB" in "BB-CATLS". */
    public String type() {
        int dash = symbol.indexOf('-');
        return dash < 0 ? symbol : symbol.substring(0, dash);
    }

    /** The agency's part after the dash: "CATLS" in "BB-CATLS"; null if there is none. */
    public String agencySymbol() {
        int dash = symbol.indexOf('-');
        return dash < 0 ? null : symbol.substring(dash + 1);
    }

    @Override
    public String toString() {
        return text() + " (" + year + ")";
    }
}
