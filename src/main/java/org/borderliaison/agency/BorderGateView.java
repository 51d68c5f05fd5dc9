package org.borderliaison.agency;

/** A border gate pair as other modules and the API see it. */
public record BorderGateView(long id, String code, String nameVi, String nameEn, String vnGateName,
        String partnerGateNameVi, String partnerGateNative, Country partnerCountry, BorderGateKind kind,
        String transport, String province, Long agencyId, boolean active) {

    /** The gate's name in the given language, falling back to the Vietnamese name. */
    public String name(String language) {
        return LocalisedName.of(language, nameVi, nameEn);
    }
}
