package org.borderliaison.agreement.domain;

import java.time.LocalDate;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementStatus;

/** The columns a list row reads from the agreement table (parties come in one more query for the page). */
record AgreementRowData(long id, String titleVi, String titlePartner, AgreementKind kind, AgreementStatus storedStatus,
        LocalDate signedOn, LocalDate validFrom, LocalDate validTo, String referenceNumber) {
}
