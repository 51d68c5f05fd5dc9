package org.borderliaison.shared.web;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a filter refuses an upload over a size limit before anything has read it: the body is read and dropped (up
 * to a bound) so that the browser gets the answer instead of a reset connection, and the API gets a 413 with
 * problem details naming the field {@code file}. Shared by the general limit and the attachments' (every record kind).
 */
public final class UploadRefusal {

    /** Beyond this the upload is not worth reading through: the connection is simply closed after the answer. */
    private static final long MAX_DRAINED = 256L * 1024 * 1024;

    private UploadRefusal() {
    }

    public static void drain(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_DRAINED) {
            return;
        }
        ServletInputStream body = request.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        while (body.read(buffer) != -1) {
            // dropped
        }
    }

    /** A 413 problem with {@code message} as its detail and as the error of the field {@code file}, coded {@code code}. */
    public static void writeProblem(HttpServletRequest request, HttpServletResponse response, JsonMapper json, String title,
            String message, String code) throws IOException {
        ProblemWriter.write(request, response, json, HttpStatus.CONTENT_TOO_LARGE, "business-rule", title, message, "file", code);
    }
}
