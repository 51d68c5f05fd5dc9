package org.borderliaison.attachment;

/**
 * Where one kind of record keeps its attachments, declared as a bean by the module that owns the record.
 *
 * @param kind the record kind's message prefix: refusals are coded {@code <kind>.error.attachmentEmpty},
 *        {@code ...TooLarge} and {@code ...Type}, and the access log names the record with the parameter {@code <kind>}
 * @param path the records' path segment: uploads go to {@code /<path>/{id}/attachments} and
 *        {@code /api/v1/<path>/{id}/attachments}
 * @param exportSubject what the access log calls a download ({@code accessLog.subject.<exportSubject>})
 */
public record AttachmentShelf(String kind, String path, String exportSubject) {

    public String code(String rule) {
        return kind + ".error.attachment" + rule;
    }

    /** The record's page, to which the page's upload and removal return. */
    public String page(long recordId) {
        return "/" + path + "/" + recordId;
    }
}
