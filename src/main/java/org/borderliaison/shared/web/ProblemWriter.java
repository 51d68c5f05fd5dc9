package org.borderliaison.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem details from outside Spring MVC (servlet filters, the security chains), in the shape
 * {@link ApiExceptionHandler} gives the API's own refusals: one shape whoever answers.
 */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    /** {@code type} is the last part of the problem's type address ({@code validation}, {@code unavailable}...). */
    public static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json, HttpStatus status,
            String type, String title, String detail) throws IOException {
        write(request, response, json, status, type, title, detail, null, null);
    }

    /** With one rejected field: its name, the message (the detail's) and a stable code. */
    public static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json, HttpStatus status,
            String type, String title, String detail, String field, String code) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ApiExceptionHandler.TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        if (field != null) {
            problem.put("fieldErrors", List.of(Map.of("field", field, "message", detail, "code", code)));
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
