package org.borderliaison.casefile.domain;

import java.time.LocalDate;
import org.borderliaison.agency.Country;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.casefile.CaseStatus;

/** The list's filters; null means "any". {@code leadAgencyId} takes in the agency's sub-units. */
public record CaseFilter(String q, CaseCategory category, CaseStatus status, Long leadAgencyId, Long partnerAgencyId,
        Country partnerCountry, LocalDate openedFrom, LocalDate openedTo) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, null, null);
    }
}
