package org.borderliaison.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before anything reads them (the sign-in form, the CSRF check, a query), request parameters whose name or
 * value breaks {@link InputRules#acceptableText}: a NUL or other control character, or text that was not valid
 * UTF-8. The API gets a 400 with problem details naming the parameter; a page the 400 error page, saying which
 * field (request attribute {@value #REFUSAL}). Uploads are only read here when they are within the server's limit,
 * so that the upload filters after this one still answer for the larger ones.
 */
@Component
class RequestTextFilter extends OncePerRequestFilter implements Ordered {

    /** The request attribute holding the message the error page shows. */
    static final String REFUSAL = "inputRefusal";

    private final DataSize uploadLimit;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    RequestTextFilter(@Value("${spring.servlet.multipart.max-request-size}") DataSize uploadLimit, MessageSource messages,
            LocaleResolver locales, JsonMapper json) {
        this.uploadLimit = uploadLimit;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** Before the upload filters and Spring Security. */
    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 3;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refused = readable(request) ? refusedParameter(request) : null;
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage(InputRules.BAD_TEXT, new Object[] {refused}, locale);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || !acceptsHtml(request)) {
            ProblemWriter.write(request, response, json, HttpStatus.BAD_REQUEST, "validation",
                    messages.getMessage("error.validation.title", null, locale), message, refused, InputRules.BAD_TEXT);
            return;
        }
        request.setAttribute(REFUSAL, message);
        request.setAttribute(RequestDispatcher.ERROR_MESSAGE, message);
        response.sendError(HttpStatus.BAD_REQUEST.value(), message);
    }

    /** Browsers ask for HTML; scripts calling the summary's downloads or the API get problem details. */
    static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /** An upload is read only when its declared length is within the limit (else the upload filters answer). */
    private boolean readable(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return true;
        }
        long length = request.getContentLengthLong();
        return length >= 0 && length <= uploadLimit.toBytes();
    }

    /** The name of the first parameter refused (made printable), or null when all are acceptable. */
    private static String refusedParameter(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException undecodable) {
            // the container could not parse the parameters (bad %-escapes, bad encoding, a broken upload)
            return QueryStrings.firstUndecodable(request.getQueryString());
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!InputRules.acceptableText(name) || !acceptableName(name)) {
                return printable(name);
            }
            for (String value : parameter.getValue()) {
                if (!InputRules.acceptableText(value)) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * A parameter name also holds no tab or line break and no unassigned character: Spring Security's firewall
     * refuses those lazily, when a controller first reads the name, which would end in a 500 there.
     */
    private static boolean acceptableName(String name) {
        return name.codePoints().allMatch(c -> Character.isDefined(c) && !Character.isISOControl(c));
    }

    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(100).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) || c == 0xFFFD
                || Character.getType(c) == Character.SURROGATE ? '?' : c));
        return shown.toString();
    }
}
