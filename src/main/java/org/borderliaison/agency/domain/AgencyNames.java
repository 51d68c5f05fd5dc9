package org.borderliaison.agency.domain;

/** The name forms and code of an agency, as given by an administrator (a rename or a correction). */
public record AgencyNames(String code, String nameVi, String nameEn, String nameNative) {
}
