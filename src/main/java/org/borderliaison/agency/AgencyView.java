package org.borderliaison.agency;

import java.time.LocalDate;

/**
 * An agency as other modules and the API see it. {@code path} is the materialised path of ids ({@code /1/4/});
 * {@code documents} what its official documents print by default.
 */
public record AgencyView(long id, String code, String nameVi, String nameEn, String nameNative, Country country,
        AgencyKind kind, AgencyLevel level, Long parentId, LocalDate parentSince, String path, LocalDate validFrom,
        LocalDate validTo, boolean active, Long successorId, long version, DocumentSettings documents) {

    /** The name in the given language, falling back to the Vietnamese name. */
    public String name(String language) {
        return LocalisedName.of(language, nameVi, nameEn);
    }

    /** How a picker shows the agency once chosen: the Vietnamese name and the code, unambiguous in both languages. */
    public String pickerLabel() {
        return nameVi + " (" + code + ")";
    }

    /** Whether {@code other} is this agency or lies beneath it. */
    public boolean contains(AgencyView other) {
        return other.path().startsWith(path);
    }
}
