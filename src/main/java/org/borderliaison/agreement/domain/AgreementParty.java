package org.borderliaison.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.HistoryItem;
import org.borderliaison.audit.HistoryTerms;
import org.borderliaison.audit.Reference;

/**
 * An agency that is party to an agreement. Its country is kept beside the id (an agency never changes
 * country), so that "partner country" filters and "both sides" rules need no join into the agency module.
 */
@Embeddable
public class AgreementParty implements HistoryItem {

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Country country;

    protected AgreementParty() {
    }

    AgreementParty(long agencyId, Country country) {
        this.agencyId = agencyId;
        this.country = country;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public Country getCountry() {
        return country;
    }

    public boolean isVietnamese() {
        return country == Country.VN;
    }

    @Override
    public String describe(HistoryTerms terms) {
        return terms.name(Reference.AGENCY, agencyId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgreementParty party && Objects.equals(agencyId, party.agencyId) && country == party.country;
    }

    @Override
    public int hashCode() {
        return Objects.hash(agencyId, country);
    }
}
