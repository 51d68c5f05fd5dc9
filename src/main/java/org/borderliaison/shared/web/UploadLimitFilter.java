package org.borderliaison.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
 * warning. Modules with a more precise answer run their own filter first (the attachments', in module attachment).
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

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
        UploadRefusal.drain(request);
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage("error.uploadTooLarge", new Object[] {limit.toMegabytes()}, locale);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            UploadRefusal.writeProblem(request, response, json, messages.getMessage("error.businessRule", null, locale), message,
                    "error.uploadTooLarge");
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
}
