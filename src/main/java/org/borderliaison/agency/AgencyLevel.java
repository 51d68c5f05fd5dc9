package org.borderliaison.agency;

/** The administrative tier of an agency. Central agencies (a ministry and its departments) oversee everything. */
public enum AgencyLevel {
    CENTRAL, PROVINCIAL, PREFECTURE, DISTRICT, COMMUNE
}
