package org.borderliaison.agreement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementSignatory;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.shared.CooperationField;

/**
 * Everything a user writes about an agreement, from the form, the API or another module. {@code status}
 * is DRAFT or IN_FORCE (null on an update keeps the current one); {@code partyAgencyIds} keeps the order
 * the user gave, and its indexes name the rows in error messages ({@code parties[1].agencyId}).
 */
public record AgreementCommand(String titleVi, String titlePartner, AgreementKind kind, String referenceNumber,
        AgreementStatus status, LocalDate signedOn, String signingPlace, LocalDate validFrom, LocalDate validTo,
        List<Long> partyAgencyIds, List<AgreementSignatory> signatories, Set<CooperationField> fields, Long replacesId,
        String summary) {

    public AgreementCommand {
        partyAgencyIds = partyAgencyIds == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(partyAgencyIds));
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
        fields = fields == null ? Set.of() : Set.copyOf(fields);
    }
}
