package org.borderliaison.shared.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The answer of a generated document (summary PDF, Word, Excel; handover record): a file the browser saves. */
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
}
