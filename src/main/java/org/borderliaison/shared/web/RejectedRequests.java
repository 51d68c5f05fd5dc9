package org.borderliaison.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Addresses Spring Security's firewall refuses (an empty or encoded path segment, a control character in the path):
 * a 400 like any other bad input, with problem details for the API and the error page for people.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    RejectedRequests(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") && RequestTextFilter.acceptsHtml(request)) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        Locale locale = locales.resolveLocale(request);
        ProblemWriter.write(request, response, json, HttpStatus.BAD_REQUEST, "http-400",
                messages.getMessage("error.validation.title", null, locale), messages.getMessage("input.badAddress", null, locale));
    }
}
