package org.borderliaison.handover.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.handover.LegalBasisKind;
import org.borderliaison.handover.domain.HandoverDetails;

/**
 * The body of a create or update. {@code version} is required on update (a stale one is refused with 409);
 * {@code persons} left out keeps the list on update, an empty list removes it. {@code caseId} and
 * {@code legalBasisAgreementId} (optional) must name a case and an agreement the user may see.
 */
record HandoverRequest(Long version, @NotNull HandoverDirection direction, @NotNull HandoverCategory category,
        @NotNull LocalDate date, Long borderGateId, @NotNull Long ourAgencyId, @NotNull Long partnerAgencyId,
        @NotNull @Min(1) Integer quantity, Country nationality, LegalBasisKind legalBasisKind,
        @Size(max = 200) String legalBasisReference, @Size(max = 2000) String notes, List<@Valid PersonRow> persons,
        Long caseId, Long legalBasisAgreementId) {

    HandoverDetails details() {
        return new HandoverDetails(direction, category, date, borderGateId, ourAgencyId, partnerAgencyId, quantity, nationality,
                legalBasisKind, legalBasisReference, notes, persons == null ? null : persons.stream().map(PersonRow::details).toList(),
                caseId, legalBasisAgreementId);
    }
}
