package org.borderliaison.casefile;

/** What a case is about; the yearly summary counts cases, subjects and seizures per category. */
public enum CaseCategory {
    DRUGS(false), HUMAN_TRAFFICKING(true), ILLEGAL_ENTRY_EXIT(false), COUNTERFEIT_CURRENCY(false), SMUGGLING(false),
    TERRORISM(false), FRAUD(true), CYBERCRIME(true), WANTED_PERSON(true), OTHER(true);

    private final boolean publicOrder;

    CaseCategory(boolean publicOrder) {
        this.publicOrder = publicOrder;
    }

    /**
     * Whether reports count the category under keeping public order (bảo đảm trật tự, an toàn xã hội): the criminal
     * cases worked by the criminal police, as opposed to drugs, immigration, economic crime and terrorism, which
     * reports give sections of their own.
     */
    public boolean publicOrder() {
        return publicOrder;
    }
}
