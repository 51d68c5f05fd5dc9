package org.borderliaison.attachment;

/** An upload that passed the checks: its cleaned name, the type read from its first bytes, its bytes. */
public record AcceptedFile(String fileName, String contentType, byte[] data) {
}
