package org.borderliaison.attachment;

import java.time.Instant;

/**
 * An attachment's description as pages and the API list it; the bytes are downloaded separately.
 * {@code uploadedByName} is the uploader's display name (the user name when the account is gone).
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "Attachment")
public record AttachmentView(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
        String uploadedByName, Instant uploadedAt) {
}
