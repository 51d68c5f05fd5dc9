package org.borderliaison.handover.domain;

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

/** A file kept with a handover (the shared description, tied to its record); the bytes are in {@link HandoverAttachmentContent}. */
@Entity
@Table(name = "handover_attachment")
@Audited
public class HandoverAttachment extends StoredAttachment implements HistoryItem {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "handover_id", nullable = false, updatable = false)
    private Handover handover;

    protected HandoverAttachment() {
    }

    HandoverAttachment(Handover handover, AcceptedFile file, String uploadedBy, Instant uploadedAt) {
        super(file, uploadedBy, uploadedAt);
        this.handover = handover;
    }

    @Override
    public String describe(HistoryTerms terms) {
        return getFileName();
    }
}
