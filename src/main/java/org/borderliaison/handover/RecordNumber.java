package org.borderliaison.handover;

/**
 * The number of a handover record: the running number within the issuing agency's year and the symbol printed after
 * it, as "Số: 12/BB-CATLS" (BB: biên bản, then the agency's document symbol).
 */
public record RecordNumber(int year, int number, String symbol) {

    /** "12/BB-CATLS", the part after "Số:". */
    public String text() {
        return number + "/" + symbol;
    }

    @Override
    public String toString() {
        return text() + " (" + year + ")";
    }
}
