package org.borderliaison.agreement.domain;

import java.time.LocalDate;
import java.util.List;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.agreement.AgreementSummary;

/** One line of the agreement list: the effective status and the parties, ours first. */
public record AgreementRow(long id, String titleVi, String titlePartner, AgreementKind kind, AgreementStatus status,
        LocalDate signedOn, LocalDate validFrom, LocalDate validTo, String referenceNumber, List<AgencyView> parties) {

    public List<AgencyView> ourParties() {
        return parties.stream().filter(party -> party.country() == Country.VN).toList();
    }

    public List<AgencyView> partnerParties() {
        return parties.stream().filter(party -> party.country() != Country.VN).toList();
    }

    public AgreementSummary toSummary() {
        return new AgreementSummary(id, titleVi, kind, status, signedOn, validFrom, validTo, referenceNumber);
    }
}
