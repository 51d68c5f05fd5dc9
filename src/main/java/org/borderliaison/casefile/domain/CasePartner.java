package org.borderliaison.casefile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.HistoryItem;
import org.borderliaison.audit.HistoryTerms;
import org.borderliaison.audit.Reference;

/** A foreign agency working the case with us, with its country (kept for the summary's partner-country filter). */
@Embeddable
public class CasePartner implements HistoryItem {

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Country country;

    /** The case's opening date, copied so that a partner's cases are read in date order from its links (V107). */
    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    protected CasePartner() {
    }

    CasePartner(long agencyId, Country country) {
        this.agencyId = agencyId;
        this.country = country;
    }

    /** Takes the case's opening date over; not part of equality, like the country. */
    void datedOn(LocalDate caseOpenedOn) {
        this.openedOn = caseOpenedOn;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public Country getCountry() {
        return country;
    }

    @Override
    public String describe(HistoryTerms terms) {
        return terms.name(Reference.AGENCY, agencyId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CasePartner partner && Objects.equals(agencyId, partner.agencyId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(agencyId);
    }
}
