package org.borderliaison.casefile.domain;

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

/** A file kept with a case (the shared description, tied to its record); the bytes are in {@link CaseFileAttachmentContent}. */
@Entity
@Table(name = "case_file_attachment")
@Audited
public class CaseFileAttachment extends StoredAttachment implements HistoryItem {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    protected CaseFileAttachment() {
    }

    CaseFileAttachment(CaseFile caseFile, AcceptedFile file, String uploadedBy, Instant uploadedAt) {
        super(file, uploadedBy, uploadedAt);
        this.caseFile = caseFile;
    }

    @Override
    public String describe(HistoryTerms terms) {
        return getFileName();
    }
}
