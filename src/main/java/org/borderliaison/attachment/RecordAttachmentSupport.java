package org.borderliaison.attachment;

import java.util.List;
import java.util.function.BiFunction;
import org.borderliaison.shared.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link RecordAttachments} written once for every kind of record. The record's service extends this and answers two
 * questions of its own: which record the user may see (a record outside the scope is a 404) and whether the user may
 * change it. Everything else is the same for every kind: the checks of {@link Attachments}, the description kept in the
 * record's collection ({@link AttachmentHolder}), the bytes in the module's content table, the download written to the
 * access log.
 *
 * <p>Transactions and method security are declared here: the class-level {@code @Transactional} of a subclass does not
 * reach the methods it inherits.
 *
 * @param <R> the record
 * @param <A> its attachment's description
 * @param <C> its attachment's bytes
 */
@Transactional(readOnly = true)
public abstract class RecordAttachmentSupport<R extends AttachmentHolder<A>, A extends StoredAttachment, C extends StoredAttachmentContent>
        implements RecordAttachments {

    private final AttachmentShelf shelf;
    private final Attachments rules;
    private final JpaRepository<C, Long> contents;
    private final BiFunction<Long, byte[], C> newContent;

    /**
     * @param contents the module's repository of attachment bytes
     * @param newContent the bytes of a stored attachment, by its id, as the module maps them
     */
    protected RecordAttachmentSupport(AttachmentShelf shelf, Attachments rules, JpaRepository<C, Long> contents,
            BiFunction<Long, byte[], C> newContent) {
        this.shelf = shelf;
        this.rules = rules;
        this.contents = contents;
        this.newContent = newContent;
    }

    /** The record as the current user may see it; a missing record or one outside the user's scope is a {@link NotFoundException}. */
    protected abstract R attachmentsRecord(long recordId);

    /** Whether the current user may add and remove the record's files (shown on the record's page). */
    protected abstract boolean mayChangeAttachments(R record);

    /**
     * Refuses a change of the record's files: by default a 403 when the user may not change them. A module whose records
     * close (cancelled, withdrawn) refuses that first with its own message, then asks this.
     */
    protected void requireAttachmentsChangeable(R record, long recordId) {
        if (!mayChangeAttachments(record)) {
            throw new AccessDeniedException(shelf.kind() + " " + recordId + " is outside the user's editing scope");
        }
    }

    @Override
    public AttachmentShelf attachmentShelf() {
        return shelf;
    }

    @Override
    public List<AttachmentView> attachments(long recordId) {
        return rules.views(attachmentsRecord(recordId).getAttachments());
    }

    @Override
    public AttachmentCard attachmentCard(long recordId) {
        R record = attachmentsRecord(recordId);
        return rules.card(shelf, recordId, record.getAttachments(), mayChangeAttachments(record));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public AttachmentView addAttachment(long recordId, String fileName, byte[] data) {
        R record = recordToChange(recordId);
        AcceptedFile file = rules.accept(shelf, fileName, data);
        A attachment = record.attach(file, rules.uploader(), rules.now());
        // Flushing persists this very attachment through the managed record (a merge would persist a copy) and gives it
        // its id; every repository of the transaction flushes the same persistence context.
        contents.flush();
        contents.save(newContent.apply(attachment.getId(), file.data()));
        return rules.views(List.of(attachment)).get(0);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public void removeAttachment(long recordId, long attachmentId) {
        R record = recordToChange(recordId);
        record.detach(attachmentOf(record, attachmentId));
        contents.flush();
    }

    @Override
    public AttachmentFile downloadAttachment(long recordId, long attachmentId) {
        A attachment = attachmentOf(attachmentsRecord(recordId), attachmentId);
        byte[] data = contents.findById(attachmentId).map(StoredAttachmentContent::data)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        return rules.export(shelf, recordId, attachment, data);
    }

    /** The record whose files change: visible (else 404) and the user's to change (else the refusal). */
    private R recordToChange(long recordId) {
        R record = attachmentsRecord(recordId);
        requireAttachmentsChangeable(record, recordId);
        return record;
    }

    private A attachmentOf(R record, long attachmentId) {
        return record.getAttachments().stream().filter(file -> file.getId() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    }
}
