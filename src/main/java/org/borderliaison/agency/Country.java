package org.borderliaison.agency;

/** Countries whose agencies the records name. */
public enum Country {
    VN, CN, LA, KH;

    public boolean isForeign() {
        return this != VN;
    }
}
