package org.borderliaison.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * The bytes of an attachment, in the database so that every instance of the application serves every file. Kept
 * apart from the {@link StoredAttachment} so that listing attachments never reads them; each module maps a subclass
 * to its table, whose foreign key to the description deletes the bytes with it ({@code on delete cascade}).
 */
@MappedSuperclass
public abstract class StoredAttachmentContent implements Persistable<Long> {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(nullable = false, updatable = false)
    private byte[] data;

    /** The id is the attachment's, assigned by us: tells Spring Data to insert without looking first. */
    @Transient
    private boolean fresh = true;

    protected StoredAttachmentContent() {
    }

    protected StoredAttachmentContent(long attachmentId, byte[] data) {
        this.attachmentId = attachmentId;
        this.data = data;
    }

    public byte[] data() {
        return data;
    }

    @Override
    public Long getId() {
        return attachmentId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }
}
