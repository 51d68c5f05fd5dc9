package org.borderliaison.handover.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.handover.LegalBasisKind;
import org.borderliaison.shared.SearchText;

/**
 * What a user says about a handover, from a form or the API. {@code persons} null means "leave the list as it
 * is" (an API update that does not send it); an empty list means "no persons listed". {@code caseId} (the linked
 * case) and {@code legalBasisAgreementId} (the agreement the handover rests on) are optional, and so is the
 * {@code time} of day. {@code representatives} replace the record's signers and witnesses (null: none).
 */
public record HandoverDetails(HandoverDirection direction, HandoverCategory category, LocalDate date, Long borderGateId,
        long ourAgencyId, long partnerAgencyId, int quantity, Country nationality, LegalBasisKind legalBasisKind,
        String legalBasisReference, String notes, List<PersonDetails> persons, Long caseId, Long legalBasisAgreementId,
        LocalTime time, Representatives representatives) {

    public HandoverDetails {
        legalBasisReference = PersonDetails.blankToNull(SearchText.nfc(legalBasisReference));
        notes = PersonDetails.blankToNull(SearchText.nfc(notes));
        persons = persons == null ? null : List.copyOf(persons);
        representatives = representatives == null ? Representatives.NONE : representatives;
        time = time == null ? null : time.withSecond(0).withNano(0);
    }
}
