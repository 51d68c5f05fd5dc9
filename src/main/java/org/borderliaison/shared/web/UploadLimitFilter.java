package org.borderliaison.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses any upload larger than the server's multipart limit by its Content-Length, before anything reads the
 * request: otherwise the first reader would be the CSRF filter and the limit would end in a 500. The API gets a 413
 * with problem details; a page goes back where the form was (the Referer on this site, else the same address) with a
 * warning. Modules with a more precise answer run their own filter first (the agreement attachments').
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

    /** Beyond this the upload is not worth reading through: the connection is simply closed after the answer. */
    private static final long MAX_DRAINED = 256L * 1024 * 1024;

    private final DataSize limit;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final FlashMapManager flashMaps;
    private final JsonMapper json;

    UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size}") DataSize limit, MessageSource messages,
            LocaleResolver locales, FlashMapManager flashMapManager, JsonMapper json) {
        this.limit = limit;
        this.messages = messages;
        this.locales = locales;
        this.flashMaps = flashMapManager;
        this.json = json;
    }

    /** Just before Spring Security, whose CSRF filter would read the parameters. */
    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || request.getContentLengthLong() <= limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException,
            IOException {
        drain(request);
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage("error.uploadTooLarge", new Object[] {limit.toMegabytes()}, locale);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            writeProblem(request, response, message, locale);
            return;
        }
        String back = back(request);
        FlashMap flash = new FlashMap();
        flash.put("flashWarning", message);
        flash.setTargetRequestPath(back);
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, back);
    }

    /** The page the form was on when the browser says so and it is on this site, else the address posted to. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
                        && uri.getRawPath().startsWith(request.getContextPath() + "/")) {
                    return uri.getRawPath();
                }
            } catch (IllegalArgumentException ignored) {
                // not an address: fall back to the one posted to
            }
        }
        return request.getRequestURI();
    }

    private static void drain(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_DRAINED) {
            return;
        }
        ServletInputStream body = request.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        while (body.read(buffer) != -1) {
            // dropped
        }
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response, String message, Locale locale)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://borderliaison.org/problems/business-rule");
        problem.put("title", messages.getMessage("error.businessRule", null, locale));
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put("detail", message);
        problem.put("instance", request.getRequestURI());
        problem.put("fieldErrors", List.of(Map.of("field", "file", "message", message, "code", "error.uploadTooLarge")));
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
