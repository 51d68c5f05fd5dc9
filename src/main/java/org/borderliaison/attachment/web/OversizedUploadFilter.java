package org.borderliaison.attachment.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderliaison.attachment.AttachmentProperties;
import org.borderliaison.attachment.AttachmentShelf;
import org.borderliaison.attachment.RecordAttachments;
import org.borderliaison.shared.web.UploadRefusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an attachment upload to any kind of record ({@code /<records>/{id}/attachments} of a
 * {@link RecordAttachments}, page or API) larger than {@code liaison.attachments.max-request-size} by its
 * Content-Length, before anything reads the request. Without it the first reader would be the CSRF filter,
 * and the server's multipart limit would make it fail with a 500 instead of a message. The body is read
 * and dropped (up to a bound) so that the browser gets the answer instead of a reset connection. Uploads
 * between {@code max-size} and {@code max-request-size} reach the service, which refuses them with the
 * same message.
 */
@Component
class OversizedUploadFilter extends OncePerRequestFilter implements Ordered {

    private static final Pattern UPLOAD = Pattern.compile("^/(api/v1/)?([a-z-]+)/(\\d{1,18})/attachments/?$");

    /** Looked up when an upload is refused: the services are not needed to build the filter chain. */
    private final ObjectProvider<RecordAttachments> records;
    private final AttachmentProperties limits;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final FlashMapManager flashMaps;
    private final JsonMapper json;

    OversizedUploadFilter(ObjectProvider<RecordAttachments> records, AttachmentProperties limits, MessageSource messages, LocaleResolver locales,
            FlashMapManager flashMapManager, JsonMapper json) {
        this.records = records;
        this.limits = limits;
        this.messages = messages;
        this.locales = locales;
        this.flashMaps = flashMapManager;
        this.json = json;
    }

    /** Before Spring Security, whose CSRF filter would read the parameters, and before the shared filter's general answer. */
    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getContentLengthLong() <= limits.maxRequestSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher upload = UPLOAD.matcher(path);
        AttachmentShelf shelf = upload.matches() ? shelf(upload.group(2)) : null;
        if (shelf == null) {
            chain.doFilter(request, response);
            return;
        }
        UploadRefusal.drain(request);
        String code = shelf.code("TooLarge");
        String message = messages.getMessage(code, new Object[] {limits.maxSize().toMegabytes()}, locale(request));
        if (upload.group(1) != null) {
            UploadRefusal.writeProblem(request, response, json, messages.getMessage("error.businessRule", null, locale(request)),
                    message, code);
        } else {
            String detail = request.getContextPath() + shelf.page(Long.parseLong(upload.group(3)));
            FlashMap flash = new FlashMap();
            flash.put("flashWarning", message);
            flash.setTargetRequestPath(detail);
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(HttpHeaders.LOCATION, detail + "#attachments");
        }
    }

    private AttachmentShelf shelf(String path) {
        return records.stream().map(RecordAttachments::attachmentShelf).filter(shelf -> shelf.path().equals(path)).findFirst().orElse(null);
    }

    private Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }
}
