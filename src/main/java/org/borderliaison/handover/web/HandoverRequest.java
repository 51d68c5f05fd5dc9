package org.borderliaison.handover.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.handover.LegalBasisKind;
import org.borderliaison.handover.domain.HandoverDetails;
import org.borderliaison.handover.domain.Representatives;
import org.borderliaison.shared.web.ApiDescriptions;

/**
 * The body of a create or update. {@code version} is required on update (a stale one is refused with 409);
 * {@code persons} left out keeps the list on update, an empty list removes it (the list is personal data with its
 * own CSV import, not a link). {@code caseId} and {@code legalBasisAgreementId} (optional) must name a case and an
 * agreement the user may see; a PUT replaces the record, so left out or null they remove the link. Likewise the
 * {@code time} of day and the signers and witnesses: a PUT without them removes them. The record number is given by
 * the server when the record is made and cannot be sent.
 */
record HandoverRequest(Long version, @NotNull HandoverDirection direction, @NotNull HandoverCategory category,
        @NotNull LocalDate date, Long borderGateId, @NotNull Long ourAgencyId, @NotNull Long partnerAgencyId,
        @NotNull @Min(1) Integer quantity, Country nationality, LegalBasisKind legalBasisKind,
        @Size(max = 200) String legalBasisReference, @Size(max = 2000) String notes, List<@Valid PersonRow> persons,
        @Schema(description = ApiDescriptions.LINK_ON_PUT) Long caseId,
        @Schema(description = ApiDescriptions.LINK_ON_PUT) Long legalBasisAgreementId,
        @Schema(description = "Time of day of the handover (HH:mm), optional; not after now for a handover of today",
                type = "string", pattern = "^\\d{2}:\\d{2}(:\\d{2})?$", example = "09:30") LocalTime time,
        @Schema(description = REPRESENTATIVES) List<@Valid RepresentativeRow> ourRepresentatives,
        @Schema(description = REPRESENTATIVES) List<@Valid RepresentativeRow> partnerRepresentatives,
        @Schema(description = REPRESENTATIVES) List<@Valid RepresentativeRow> witnesses) {

    static final String REPRESENTATIVES = "Signers of the record for this side (or its witnesses), in signing order; "
            + "a PUT replaces the list, so left out or null it is emptied";

    HandoverDetails details() {
        return new HandoverDetails(direction, category, date, borderGateId, ourAgencyId, partnerAgencyId, quantity, nationality,
                legalBasisKind, legalBasisReference, notes, persons == null ? null : persons.stream().map(PersonRow::details).toList(),
                caseId, legalBasisAgreementId, time, new Representatives(RepresentativeRow.representatives(ourRepresentatives),
                RepresentativeRow.representatives(partnerRepresentatives), RepresentativeRow.representatives(witnesses)));
    }
}
