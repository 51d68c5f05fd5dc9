package org.borderliaison.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer of a generated document (summary PDF, Word, Excel; handover record; a list's export): a file the browser
 * saves.
 */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(MediaType type, String fileName, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentLength(body.length)
                .body(body);
    }

    /** Headers of a file written straight to {@code response} as it is produced (a list's export): its length is unknown. */
    public static void attachment(HttpServletResponse response, MediaType type, String fileName) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
    }
}
