package org.borderliaison.attachment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.audit.HistoryAuthors;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The rules every kind of record applies to its attachments: what is accepted, how they are listed, and that a
 * download is an export written to the access log. The record's own service checks scope and permission first.
 */
@Service
public class Attachments {

    private final AttachmentProperties limits;
    private final AccessLog accessLog;
    private final HistoryAuthors authors;
    private final Clock clock;

    Attachments(AttachmentProperties limits, AccessLog accessLog, HistoryAuthors authors, Clock clock) {
        this.limits = limits;
        this.accessLog = accessLog;
        this.authors = authors;
        this.clock = clock;
    }

    public long maxBytes() {
        return limits.maxSize().toBytes();
    }

    public long maxMegabytes() {
        return limits.maxSize().toMegabytes();
    }

    /**
     * The upload as it will be kept, or a refusal on the field {@code file}: empty, over the size limit, or not a PDF
     * or image by its first bytes (the name and the type the browser claims are not evidence).
     */
    public AcceptedFile accept(AttachmentShelf shelf, String fileName, byte[] data) {
        if (data == null || data.length == 0) {
            throw new BusinessRuleException("file", shelf.code("Empty"));
        }
        if (data.length > maxBytes()) {
            throw new BusinessRuleException("file", shelf.code("TooLarge"), maxMegabytes());
        }
        String contentType = AttachmentTypes.detect(data).orElseThrow(() -> new BusinessRuleException("file", shelf.code("Type")));
        return new AcceptedFile(AttachmentTypes.cleanFileName(fileName), contentType, data);
    }

    /** Who uploads now, and when. */
    public String uploader() {
        return CurrentUser.username();
    }

    public Instant now() {
        return Instant.now(clock);
    }

    /** The descriptions in the order given, each uploader named as colleagues know them (looked up once per name). */
    public List<AttachmentView> views(Collection<? extends StoredAttachment> attachments) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = new HashMap<>();
        return attachments.stream().map(file -> new AttachmentView(file.getId(), file.getFileName(), file.getContentType(),
                file.getSizeBytes(), file.getUploadedBy(), names.computeIfAbsent(file.getUploadedBy(),
                        username -> authors.find(username, locale).map(HistoryAuthors.Author::name).orElse(username)),
                file.getUploadedAt())).toList();
    }

    /** The card of a record's page: its files and whether the current user may change them. */
    public AttachmentCard card(AttachmentShelf shelf, long recordId, Collection<? extends StoredAttachment> attachments, boolean mayChange) {
        return new AttachmentCard(shelf.page(recordId), views(attachments), mayChange, maxBytes(), maxMegabytes());
    }

    /** The file leaving the system: written to the access log as an export of the record's attachment, then returned. */
    public AttachmentFile export(AttachmentShelf shelf, long recordId, StoredAttachment attachment, byte[] data) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(shelf.kind(), recordId);
        parameters.put("attachment", attachment.getId());
        parameters.put("file", attachment.getFileName());
        accessLog.export(shelf.exportSubject(), parameters);
        return new AttachmentFile(attachment.getFileName(), attachment.getContentType(), data);
    }
}
