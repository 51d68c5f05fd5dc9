package org.borderliaison.attachment;

import java.util.List;

/**
 * What a record's page shows of its attachments ({@code fragments/attachments :: card}).
 *
 * @param page the record page's address, under which the files are uploaded, downloaded and removed
 * @param mayChange whether the current user may add and remove files
 */
public record AttachmentCard(String page, List<AttachmentView> files, boolean mayChange, long maxBytes, long maxMegabytes) {
}
