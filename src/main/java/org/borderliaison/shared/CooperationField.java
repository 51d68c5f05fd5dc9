package org.borderliaison.shared;

/**
 * Fields of cooperation (lĩnh vực hợp tác) that agreements cover and meetings discuss; shared because
 * agreements, meetings and the summary all speak of them.
 */
public enum CooperationField {
    DRUG_CRIME,
    HUMAN_TRAFFICKING,
    ILLEGAL_ENTRY_EXIT,
    COUNTERFEIT_CURRENCY,
    TERRORISM,
    WANTED_PERSONS,
    BORDER_MANAGEMENT,
    EPIDEMIC_CONTROL,
    CYBERCRIME,
    TRAINING,
    AID,
    GENERAL
}
