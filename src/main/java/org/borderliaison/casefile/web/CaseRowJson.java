package org.borderliaison.casefile.web;

import java.time.LocalDate;
import java.util.Map;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.casefile.CaseStatus;
import org.borderliaison.casefile.domain.CaseFile;

/** A case in a list of the API: what the list page shows. */
record CaseRowJson(long id, CaseCategory category, String ourReference, String partnerReference, LocalDate openedOn,
        CaseStatus status, LocalDate statusSince, CaseJson.AgencyRef leadAgency, int subjects, int victims, long version) {

    static CaseRowJson of(CaseFile c, Map<Long, AgencyView> agencies) {
        return new CaseRowJson(c.getId(), c.getCategory(), c.getOurReference(), c.getPartnerReference(), c.getOpenedOn(),
                c.getStatus(), c.getStatusSince(), CaseJson.AgencyRef.of(c.getLeadAgencyId(), agencies), c.getSubjects(),
                c.getVictims(), c.getVersion());
    }
}
