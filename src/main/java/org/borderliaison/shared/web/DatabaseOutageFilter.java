package org.borderliaison.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 503 when the database cannot be reached, whichever filter or handler met the failure first: Spring
 * Session reading the session, sign-in reading the account, a page's service. The API gets problem details, people
 * the page {@code error/503} in their language ("nothing was saved; try again"); both say when to retry. Without it
 * the failure reached the container, which answered with its bare 500 page.
 * <p>
 * It runs before Spring Session's filter, which reads the session on the way in and writes it on the way out, so
 * both are covered. The page is rendered here, without the layout, the session or the signed-in user, since all of
 * those need the database.
 */
@Component
class DatabaseOutageFilter extends OncePerRequestFilter implements Ordered {

    static final String RETRY_AFTER_SECONDS = "10";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ITemplateEngine templates;
    private final JsonMapper json;
    private volatile JakartaServletWebApplication application;

    DatabaseOutageFilter(MessageSource messages, LocaleResolver locales, ITemplateEngine templates, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.templates = templates;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return SessionRepositoryFilter.DEFAULT_ORDER - 10;
    }

    /** An error page that needs the database (the layout reads the signed-in user) gets this answer too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseUnavailable.isCauseOf(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unreachable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
                    rootMessage(failure));
            unavailable(request, response);
        }
    }

    void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.reset();
        SecurityHeaders.write(response);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding("UTF-8");
        if (wantsProblem(request)) {
            ProblemWriter.write(request, response, json, HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                    messages.getMessage("error.unavailable.title", null, locale), messages.getMessage("error.unavailable", null, locale));
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        WebContext page = new WebContext(application(request.getServletContext()).buildExchange(request, response), locale);
        page.setVariable("retry", retryAddress(request));
        templates.process("error/503", page, response.getWriter());
    }

    /** The API, and any client that asked neither for a page nor through htmx (scripts, monitoring of the actuator). */
    private static boolean wantsProblem(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.getHeader("HX-Request") == null && (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE));
    }

    /** The same address for a read; the home page after a form was sent (its data is gone with this request). */
    private static String retryAddress(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return request.getContextPath() + "/";
        }
        return request.getQueryString() == null ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString();
    }

    private JakartaServletWebApplication application(ServletContext context) {
        JakartaServletWebApplication current = application;
        if (current == null) {
            current = JakartaServletWebApplication.buildApplication(context);
            application = current;
        }
        return current;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
