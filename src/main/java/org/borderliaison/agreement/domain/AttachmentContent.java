package org.borderliaison.agreement.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.borderliaison.attachment.StoredAttachmentContent;

/** The bytes of an agreement's attachment (see {@link StoredAttachmentContent}). */
@Entity
@Table(name = "agreement_attachment_content")
class AttachmentContent extends StoredAttachmentContent {

    protected AttachmentContent() {
    }

    AttachmentContent(long attachmentId, byte[] data) {
        super(attachmentId, data);
    }
}
