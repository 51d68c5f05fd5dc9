package org.borderliaison.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.borderliaison.attachment.StoredAttachmentContent;

/** The bytes of a meeting's attachment (see {@link StoredAttachmentContent}). */
@Entity
@Table(name = "meeting_attachment_content")
class MeetingAttachmentContent extends StoredAttachmentContent {

    protected MeetingAttachmentContent() {
    }

    MeetingAttachmentContent(long attachmentId, byte[] data) {
        super(attachmentId, data);
    }
}
