package org.borderliaison.casefile;

import java.time.LocalDate;
import java.util.List;

/** A case as other modules see it (no personal data is kept on a case: subjects and victims are counts). */
public record CaseFileView(long id, CaseCategory category, String ourReference, String partnerReference, LocalDate openedOn,
        CaseStatus status, LocalDate statusSince, long leadAgencyId, List<Long> partnerAgencyIds, int subjects, int victims,
        long version) {
}
