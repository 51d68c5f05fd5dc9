package org.borderliaison.agency.web;

import java.time.LocalDate;
import org.borderliaison.agency.PartnershipLevel;
import org.borderliaison.agency.domain.Partnership;

/** A counterpart relation in the API. */
record PartnershipJson(long id, long vnAgencyId, String vnAgencyName, long partnerAgencyId, String partnerAgencyName,
        PartnershipLevel level, LocalDate establishedOn, String note, long version) {

    static PartnershipJson of(Partnership partnership) {
        return new PartnershipJson(partnership.getId(), partnership.getVnAgency().getId(),
                partnership.getVnAgency().getNameVi(), partnership.getPartnerAgency().getId(),
                partnership.getPartnerAgency().getNameVi(), partnership.getLevel(), partnership.getEstablishedOn(),
                partnership.getNote(), partnership.getVersion());
    }
}
