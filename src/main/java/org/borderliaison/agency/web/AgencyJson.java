package org.borderliaison.agency.web;

import java.time.LocalDate;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.DocumentSettings;

/** An agency in the API. Field names are part of the API contract. */
record AgencyJson(long id, String code, String nameVi, String nameEn, String nameNative, Country country,
        AgencyKind kind, AgencyLevel level, Long parentId, LocalDate parentSince, LocalDate validFrom, LocalDate validTo,
        boolean active, Long successorId, long version, DocumentSettings documents) {

    static AgencyJson of(AgencyView agency) {
        return new AgencyJson(agency.id(), agency.code(), agency.nameVi(), agency.nameEn(), agency.nameNative(),
                agency.country(), agency.kind(), agency.level(), agency.parentId(), agency.parentSince(),
                agency.validFrom(), agency.validTo(), agency.active(), agency.successorId(), agency.version(), agency.documents());
    }
}
