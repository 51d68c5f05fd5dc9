package org.borderliaison.attachment;

import java.util.List;

/**
 * What a kind of record offers for its attachments, implemented by the record's service through
 * {@link RecordAttachmentSupport}: the service finds the record in the user's scope (a record outside it is a 404) and
 * decides who may change it; the support keeps the files with {@link Attachments}. The shared pages
 * ({@link AttachmentPages}) and API ({@link AttachmentApi}) call only this.
 */
public interface RecordAttachments {

    AttachmentShelf attachmentShelf();

    /** The visible record's attachments, oldest first. */
    List<AttachmentView> attachments(long recordId);

    /** The visible record's attachments and whether the current user may add and remove them. */
    AttachmentCard attachmentCard(long recordId);

    /** Keeps a file (PDF or image, recognised by its first bytes) with the record; refusals are business-rule errors. */
    AttachmentView addAttachment(long recordId, String fileName, byte[] data);

    void removeAttachment(long recordId, long attachmentId);

    /** The file, written to the access log as an export. */
    AttachmentFile downloadAttachment(long recordId, long attachmentId);
}
