package org.borderliaison.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.agreement.AgreementSummary;
import org.borderliaison.agreement.domain.AgreementDetail;
import org.borderliaison.agreement.domain.AgreementRow;
import org.borderliaison.shared.CooperationField;

/** Agreements in the API. Field names are part of the API contract. */
final class AgreementJson {

    private AgreementJson() {
    }

    /** One agreement with everything about it; {@code status} is the effective one (EXPIRED computed from {@code validTo}). */
    @Schema(name = "AgreementDetail")
    record Detail(long id, long version, String titleVi, String titlePartner, AgreementKind kind, String referenceNumber,
            AgreementStatus status, LocalDate signedOn, String signingPlace, LocalDate validFrom, LocalDate validTo,
            List<Party> parties, List<Signer> signatories, Set<CooperationField> fields, Long replacesId,
            List<Long> replacedByIds, String summary, String statusReason, LocalDate terminatedOn, List<Attachment> attachments,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

        static Detail of(AgreementDetail agreement) {
            return new Detail(agreement.id(), agreement.version(), agreement.titleVi(), agreement.titlePartner(), agreement.kind(),
                    agreement.referenceNumber(), agreement.status(), agreement.signedOn(), agreement.signingPlace(),
                    agreement.validFrom(), agreement.validTo(), agreement.parties().stream().map(Party::of).toList(),
                    agreement.signatories().stream().map(signer -> new Signer(signer.name(), signer.rank(), signer.title(),
                            signer.agency() == null ? null : signer.agency().id())).toList(),
                    agreement.fields(), agreement.replaces() == null ? null : agreement.replaces().id(),
                    agreement.replacedBy().stream().map(AgreementSummary::id).toList(), agreement.summary(),
                    agreement.statusReason(), agreement.terminatedOn(),
                    agreement.attachments().stream().map(Attachment::of).toList(), agreement.createdBy(), agreement.createdAt(),
                    agreement.updatedBy(), agreement.updatedAt());
        }
    }

    /** A line of the list or of the expiry list. */
    @Schema(name = "AgreementRow")
    record Row(long id, String titleVi, String titlePartner, AgreementKind kind, AgreementStatus status, LocalDate signedOn,
            LocalDate validFrom, LocalDate validTo, String referenceNumber, List<Party> parties) {

        static Row of(AgreementRow row) {
            return new Row(row.id(), row.titleVi(), row.titlePartner(), row.kind(), row.status(), row.signedOn(),
                    row.validFrom(), row.validTo(), row.referenceNumber(), row.parties().stream().map(Party::of).toList());
        }
    }

    @Schema(name = "AgreementParty")
    record Party(long agencyId, String code, String nameVi, String nameEn, String nameNative, Country country) {

        static Party of(AgencyView agency) {
            return new Party(agency.id(), agency.code(), agency.nameVi(), agency.nameEn(), agency.nameNative(), agency.country());
        }
    }

    @Schema(name = "AgreementSigner")
    record Signer(String name, String rank, String title, Long agencyId) {
    }

    @Schema(name = "AgreementAttachment")
    record Attachment(long id, String fileName, String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt) {

        static Attachment of(AgreementDetail.AttachmentView file) {
            return new Attachment(file.id(), file.fileName(), file.contentType(), file.sizeBytes(), file.uploadedBy(), file.uploadedAt());
        }
    }
}
