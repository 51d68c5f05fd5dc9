package org.borderliaison.attachment;

import java.time.Instant;
import java.util.List;

/**
 * A record that keeps files: its entity holds the descriptions in a collection mapped by the attachment's foreign key,
 * so that adding and removing one shows in the record's history. {@link RecordAttachmentSupport} changes it only
 * after the record's service has found it in the user's scope and allowed the change.
 */
public interface AttachmentHolder<A extends StoredAttachment> {

    /** The files, oldest first. */
    List<A> getAttachments();

    /** Adds the accepted file's description; the bytes are stored apart once it has its id. */
    A attach(AcceptedFile file, String uploadedBy, Instant at);

    void detach(A attachment);
}
