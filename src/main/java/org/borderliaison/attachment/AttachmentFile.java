package org.borderliaison.attachment;

/** A downloaded attachment: its name as uploaded, the type read from its first bytes, and the bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] data) {
}
