package org.borderliaison.handover.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.handover.LegalBasisKind;
import org.borderliaison.handover.RecordNumber;
import org.borderliaison.handover.Representative;
import org.borderliaison.handover.domain.Handover;
import org.borderliaison.handover.domain.PersonDetails;
import org.borderliaison.handover.domain.Representatives;

/**
 * A handover over JSON. A list line leaves out the signers and witnesses ({@code ourRepresentatives},
 * {@code partnerRepresentatives}, {@code witnesses}); one record has them. {@code persons} is present only for those allowed to see personal data (officers and
 * administrators of the scope); everyone sees {@code personsListed}, the number of persons on the list.
 */
record HandoverJson(long id, long version, RecordNumberJson recordNumber, HandoverDirection direction,
        HandoverCategory category, LocalDate date, LocalTime time, Long borderGateId, long ourAgencyId, long partnerAgencyId, Country partnerCountry, int quantity, Country nationality,
        LegalBasisKind legalBasisKind, String legalBasisReference, Long legalBasisAgreementId, Long caseId, String notes,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Representative> ourRepresentatives,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Representative> partnerRepresentatives,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Representative> witnesses,
        int personsListed,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<PersonDetails> persons,
        String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    static HandoverJson of(Handover h, List<PersonDetails> persons) {
        return of(h, persons, h.representatives());
    }

    private static HandoverJson of(Handover h, List<PersonDetails> persons, Representatives people) {
        return new HandoverJson(h.getId(), h.getVersion(), RecordNumberJson.of(h.getRecordNumber()), h.getDirection(),
                h.getCategory(), h.getDate(), h.getTime(), h.getBorderGateId(), h.getOurAgencyId(), h.getPartnerAgencyId(),
                h.getPartnerCountry(), h.getQuantity(), h.getNationality(), h.getLegalBasisKind(), h.getLegalBasisReference(),
                h.getLegalBasisAgreementId(), h.getCaseId(), h.getNotes(), people == null ? null : people.ours(), people == null ? null : people.partner(),
                people == null ? null : people.witnesses(),
                h.listedCount(), persons, h.getCreatedBy(), h.getCreatedAt(), h.getUpdatedBy(), h.getUpdatedAt());
    }

    /** The record's number as printed ("12/BB-CATLS") and its parts; null for a record made before numbering. */
    record RecordNumberJson(String text, int year, int number, String symbol) {

        static RecordNumberJson of(RecordNumber number) {
            return number == null ? null : new RecordNumberJson(number.text(), number.year(), number.number(), number.symbol());
        }
    }

    /** A list line: no persons, only how many are listed. */
    static HandoverJson summary(Handover h) {
        return of(h, null, null);
    }
}
