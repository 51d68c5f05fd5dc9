package org.borderliaison.casefile.domain;

import java.time.LocalDate;
import java.util.List;
import org.borderliaison.casefile.CaseCategory;

/** What a case says, checked by the service (agencies resolved, seizures converted) before the entity takes it. */
record CaseContent(CaseCategory category, String ourReference, String partnerReference, LocalDate openedOn, long leadAgencyId,
        List<CasePartner> partners, int subjects, int victims, String summary, List<Seizure> seizures) {
}
