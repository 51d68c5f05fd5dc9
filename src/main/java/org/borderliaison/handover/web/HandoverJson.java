package org.borderliaison.handover.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.handover.LegalBasisKind;
import org.borderliaison.handover.domain.Handover;
import org.borderliaison.handover.domain.PersonDetails;

/**
 * A handover over JSON. {@code persons} is present only for those allowed to see personal data (officers and
 * administrators of the scope); everyone sees {@code personsListed}, the number of persons on the list.
 */
record HandoverJson(long id, long version, HandoverDirection direction, HandoverCategory category, LocalDate date,
        Long borderGateId, long ourAgencyId, long partnerAgencyId, Country partnerCountry, int quantity, Country nationality,
        LegalBasisKind legalBasisKind, String legalBasisReference, Long legalBasisAgreementId, Long caseId, String notes,
        int personsListed,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<PersonDetails> persons,
        String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    static HandoverJson of(Handover h, List<PersonDetails> persons) {
        return new HandoverJson(h.getId(), h.getVersion(), h.getDirection(), h.getCategory(), h.getDate(), h.getBorderGateId(),
                h.getOurAgencyId(), h.getPartnerAgencyId(), h.getPartnerCountry(), h.getQuantity(), h.getNationality(),
                h.getLegalBasisKind(), h.getLegalBasisReference(), h.getLegalBasisAgreementId(), h.getCaseId(), h.getNotes(), h.listedCount(), persons, h.getCreatedBy(),
                h.getCreatedAt(), h.getUpdatedBy(), h.getUpdatedAt());
    }

    /** A list line: no persons, only how many are listed. */
    static HandoverJson summary(Handover h) {
        return of(h, null);
    }
}
