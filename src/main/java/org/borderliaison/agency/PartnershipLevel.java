package org.borderliaison.agency;

/** The tier at which two counterpart agencies (đối đẳng) cooperate. */
public enum PartnershipLevel {
    MINISTRY, PROVINCE, DEPARTMENT_PREFECTURE, DISTRICT_COUNTY, BORDER_POST
}
