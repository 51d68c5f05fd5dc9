package org.borderliaison.handover.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.borderliaison.attachment.StoredAttachmentContent;

/** The bytes of a handover's attachment (see {@link StoredAttachmentContent}). */
@Entity
@Table(name = "handover_attachment_content")
class HandoverAttachmentContent extends StoredAttachmentContent {

    protected HandoverAttachmentContent() {
    }

    HandoverAttachmentContent(long attachmentId, byte[] data) {
        super(attachmentId, data);
    }
}
