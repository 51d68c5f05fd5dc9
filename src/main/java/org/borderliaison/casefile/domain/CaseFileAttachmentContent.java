package org.borderliaison.casefile.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.borderliaison.attachment.StoredAttachmentContent;

/** The bytes of a case's attachment (see {@link StoredAttachmentContent}). */
@Entity
@Table(name = "case_file_attachment_content")
class CaseFileAttachmentContent extends StoredAttachmentContent {

    protected CaseFileAttachmentContent() {
    }

    CaseFileAttachmentContent(long attachmentId, byte[] data) {
        super(attachmentId, data);
    }
}
