package org.borderliaison.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * The bytes of an attachment, in the database so that every instance of the application serves every
 * file. Kept apart from {@link AgreementAttachment} so that listing attachments never reads them; deleted
 * with the attachment by the database ({@code on delete cascade}).
 */
@Entity
@Table(name = "agreement_attachment_content")
class AttachmentContent implements Persistable<Long> {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(nullable = false, updatable = false)
    private byte[] data;

    /** The id is the attachment's, assigned by us: tells Spring Data to insert without looking first. */
    @Transient
    private boolean fresh = true;

    protected AttachmentContent() {
    }

    AttachmentContent(long attachmentId, byte[] data) {
        this.attachmentId = attachmentId;
        this.data = data;
    }

    byte[] data() {
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
