package org.borderliaison.casefile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    protected CasePartner() {
    }

    CasePartner(long agencyId, Country country) {
        this.agencyId = agencyId;
        this.country = country;
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
