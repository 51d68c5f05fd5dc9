package org.borderliaison.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderliaison.shared.CooperationField;

/**
 * What a meeting form can say about an agreement signed at the meeting, for {@link Agreements#create}. The
 * agreement is created in force (it was signed); the same rules apply as to one written on the agreement
 * form (two or more parties from both sides, signatories for a party, validity not backwards, scope).
 * {@code validFrom} left empty means "from the signing date"; {@code validTo} empty means open-ended.
 */
public record AgreementDraft(String title, AgreementKind kind, String reference, LocalDate signedOn, String signingPlace,
        List<Long> partyAgencyIds, List<AgreementSignatory> signatories, Set<CooperationField> fields,
        LocalDate validFrom, LocalDate validTo) {
}
