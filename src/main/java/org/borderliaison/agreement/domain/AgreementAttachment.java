package org.borderliaison.agreement.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.borderliaison.attachment.AcceptedFile;
import org.borderliaison.attachment.StoredAttachment;
import org.borderliaison.audit.HistoryItem;
import org.borderliaison.audit.HistoryTerms;
import org.hibernate.envers.Audited;

/**
 * A file attached to an agreement (the scanned signed document): the shared description, tied to its agreement.
 * The bytes are in {@link AttachmentContent}, read only when the file is downloaded.
 */
@Entity
@Table(name = "agreement_attachment")
@Audited
public class AgreementAttachment extends StoredAttachment implements HistoryItem {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private CooperationAgreement agreement;

    protected AgreementAttachment() {
    }

    AgreementAttachment(CooperationAgreement agreement, AcceptedFile file, String uploadedBy, java.time.Instant uploadedAt) {
        super(file, uploadedBy, uploadedAt);
        this.agreement = agreement;
    }

    public CooperationAgreement getAgreement() {
        return agreement;
    }

    @Override
    public String describe(HistoryTerms terms) {
        return getFileName();
    }
}
