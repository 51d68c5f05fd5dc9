package org.borderliaison.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.borderliaison.attachment.AcceptedFile;
import org.borderliaison.attachment.StoredAttachment;
import org.borderliaison.audit.HistoryItem;
import org.borderliaison.audit.HistoryTerms;
import org.hibernate.envers.Audited;

/** A file kept with a meeting (the shared description, tied to its record); the bytes are in {@link MeetingAttachmentContent}. */
@Entity
@Table(name = "meeting_attachment")
@Audited
public class MeetingAttachment extends StoredAttachment implements HistoryItem {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    protected MeetingAttachment() {
    }

    MeetingAttachment(Meeting meeting, AcceptedFile file, String uploadedBy, Instant uploadedAt) {
        super(file, uploadedBy, uploadedAt);
        this.meeting = meeting;
    }

    @Override
    public String describe(HistoryTerms terms) {
        return getFileName();
    }
}
