package org.borderliaison.casefile;

/** What a case is about; the yearly summary counts cases, subjects and seizures per category. */
public enum CaseCategory {
    DRUGS, HUMAN_TRAFFICKING, ILLEGAL_ENTRY_EXIT, COUNTERFEIT_CURRENCY, SMUGGLING, TERRORISM, FRAUD, CYBERCRIME,
    WANTED_PERSON, OTHER
}
