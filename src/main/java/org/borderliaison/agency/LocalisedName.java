package org.borderliaison.agency;

/** The one rule for names kept in Vietnamese and English: the English one when asked for and known, else Vietnamese. */
public final class LocalisedName {

    private LocalisedName() {
    }

    public static String of(String language, String nameVi, String nameEn) {
        return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }
}
