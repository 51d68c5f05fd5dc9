package org.borderliaison.agreement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.agreement.AgreementSummary;
import org.borderliaison.shared.CooperationField;

/**
 * An agreement as its detail page and the API show it, read in one transaction: parties resolved to
 * agencies, the agreement it replaces and those replacing it (only those the user may see), the
 * attachments' descriptions, and what the user may do with it.
 */
public record AgreementDetail(long id, long version, String titleVi, String titlePartner, AgreementKind kind,
        String referenceNumber, AgreementStatus status, AgreementStatus storedStatus, LocalDate signedOn,
        String signingPlace, LocalDate validFrom, LocalDate validTo, String summary, String statusReason,
        LocalDate terminatedOn, List<AgencyView> parties, List<SignatoryView> signatories, Set<CooperationField> fields,
        AgreementSummary replaces, List<AgreementSummary> replacedBy, List<AttachmentView> attachments,
        String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, Permissions may) {

    public List<AgencyView> ourParties() {
        return parties.stream().filter(party -> party.country() == Country.VN).toList();
    }

    public List<AgencyView> partnerParties() {
        return parties.stream().filter(party -> party.country() != Country.VN).toList();
    }

    /** A signatory with the agency they signed for. */
    public record SignatoryView(String name, String rank, String title, AgencyView agency) {
    }

    /** An attachment's description; the bytes are downloaded separately. */
    public record AttachmentView(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
            Instant uploadedAt) {
    }

    /** What the current user may do with this agreement (the service refuses the rest anyway). */
    public record Permissions(boolean edit, boolean attach, boolean withdraw, boolean terminate, boolean delete) {
    }
}
