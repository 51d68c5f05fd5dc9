package org.borderliaison.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * The description of a file kept with a record, as every kind of record stores it. A module maps a subclass to its
 * own table with the foreign key to its record, and holds it in the record's collection so that adding and removing
 * show in the record's history. The bytes are in a {@link StoredAttachmentContent}, read only on download.
 * Attachments are never edited, only added and removed, so they carry no version.
 */
@MappedSuperclass
@Audited
public abstract class StoredAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    protected StoredAttachment() {
    }

    protected StoredAttachment(String fileName, String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    protected StoredAttachment(AcceptedFile file, String uploadedBy, Instant uploadedAt) {
        this(file.fileName(), file.contentType(), file.data().length, uploadedBy, uploadedAt);
    }

    public Long getId() {
        return id;
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
    public boolean equals(Object other) {
        return this == other || other != null && other.getClass() == getClass() && id != null
                && id.equals(((StoredAttachment) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
