package org.borderliaison.agreement.domain;

import java.time.LocalDate;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.shared.CooperationField;

/**
 * The filters of the agreement list (page and API). Agency filters take the agency with its sub-tree
 * ("Công an tỉnh Lào Cai" finds the agreements of its district police too); {@code status} is the
 * effective one, so {@link AgreementStatus#EXPIRED} finds agreements in force whose end date has passed.
 * {@code q} is matched accent-insensitively against titles, reference and summary.
 */
public record AgreementFilter(LocalDate signedFrom, LocalDate signedTo, AgreementKind kind, Country partnerCountry,
        Long partnerAgencyId, Long ourAgencyId, CooperationField field, AgreementStatus status, String q) {

    public static AgreementFilter none() {
        return new AgreementFilter(null, null, null, null, null, null, null, null, null);
    }
}
