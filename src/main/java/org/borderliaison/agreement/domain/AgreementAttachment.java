package org.borderliaison.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.borderliaison.audit.HistoryItem;
import org.borderliaison.audit.HistoryTerms;
import org.hibernate.envers.Audited;

/**
 * A file attached to an agreement (the scanned signed document). Only the description lives here; the
 * bytes are in {@link AttachmentContent}, read only when the file is downloaded. Attachments are never
 * edited, only added and removed, so they carry no version.
 */
@Entity
@Table(name = "agreement_attachment")
@Audited
public class AgreementAttachment implements HistoryItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private CooperationAgreement agreement;

    @Column(nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String uploadedBy;

    @Column(nullable = false, updatable = false)
    private Instant uploadedAt;

    protected AgreementAttachment() {
    }

    AgreementAttachment(CooperationAgreement agreement, String fileName, String contentType, long sizeBytes,
            String uploadedBy, Instant uploadedAt) {
        this.agreement = agreement;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public CooperationAgreement getAgreement() {
        return agreement;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    @Override
    public String describe(HistoryTerms terms) {
        return fileName;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AgreementAttachment that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return AgreementAttachment.class.hashCode();
    }
}
