package org.borderliaison.agreement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.shared.CooperationField;

/** An agreement's editable content once the service has resolved the agencies and the replaced agreement. */
record AgreementContent(String titleVi, String titlePartner, AgreementKind kind, String referenceNumber,
        AgreementStatus status, LocalDate signedOn, String signingPlace, LocalDate validFrom, LocalDate validTo,
        List<AgreementParty> parties, List<Signatory> signatories, Set<CooperationField> fields,
        CooperationAgreement replaces, String summary) {
}
