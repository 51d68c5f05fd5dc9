package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outage filter with a chain that fails the way the real one does when the database is down, and the real
 * messages and {@code error/503} template (no Spring context: the shared test database cannot be stopped).
 */
class DatabaseOutageFilterTests {

    private static final FilterChain SESSION_UNREADABLE = (request, response) -> {
        throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                DatabaseUnavailableTests.poolTimeout());
    };

    private final MessageSource messages = new MessagesConfig().messageSource();
    private final JsonMapper json = JsonMapper.builder().build();
    private final DatabaseOutageFilter filter = new DatabaseOutageFilter(messages, new WebConfig().localeResolver(), templates(),
            json);

    @Test
    void aPageAnswers503InVietnameseByDefault() throws Exception {
        MockHttpServletResponse response = run(page("GET", "/meetings"), SESSION_UNREADABLE);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        String html = response.getContentAsString();
        assertThat(html).contains("lang=\"vi\"", "Không kết nối được cơ sở dữ liệu",
                "Thao tác vừa rồi chưa được lưu; vui lòng thử lại sau ít phút.", "href=\"/meetings?kind=TALKS\"", "Thử lại");
        assertBrowserProtections(response);
    }

    @Test
    void aPageAnswersInEnglishWhenThatIsTheUsersLanguage() throws Exception {
        MockHttpServletRequest request = page("POST", "/login");
        request.setCookies(new Cookie("liaison-lang", "en"));

        MockHttpServletResponse response = run(request, (req, res) -> {
            throw new ServletException("Request processing failed", new InternalAuthenticationServiceException("account",
                    DatabaseUnavailableTests.poolTimeout()));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("lang=\"en\"", "Database unavailable",
                "Nothing was saved; please try again in a few minutes.", "Try again", "href=\"/\"");
    }

    @Test
    void theApiAndScriptsGetProblemDetails() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/patrols");
        request.addHeader("Accept", "application/json");
        request.setCookies(new Cookie("liaison-lang", "en"));

        MockHttpServletResponse response = run(request, SESSION_UNREADABLE);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        Map<String, Object> problem = json.readValue(response.getContentAsString(), new tools.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(problem).containsEntry("type", "https://borderliaison.org/problems/unavailable")
                .containsEntry("title", "Database unavailable").containsEntry("status", 503)
                .containsEntry("instance", "/api/v1/patrols");
        assertThat((String) problem.get("detail")).contains("Nothing was saved");
        assertBrowserProtections(response);

        MockHttpServletRequest script = new MockHttpServletRequest("GET", "/actuator/metrics");
        assertThat(run(script, SESSION_UNREADABLE).getContentType()).startsWith("application/problem+json");
    }

    @Test
    void whatTheFailingResponseHadSetIsDropped() throws Exception {
        MockHttpServletResponse response = run(page("GET", "/reports/summary.pdf"), (req, res) -> {
            ((HttpServletResponse) res).setHeader("Content-Disposition", "attachment; filename=x.pdf");
            res.getWriter().write("half a page");
            throw new DataAccessResourceFailureException("connection lost", DatabaseUnavailableTests.poolTimeout());
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Content-Disposition")).isNull();
        assertThat(response.getContentAsString()).doesNotContain("half a page");
    }

    @Test
    void otherFailuresAndCommittedResponsesAreLeftToTheContainer() throws Exception {
        assertThatThrownBy(() -> run(page("GET", "/"), (req, res) -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThatThrownBy(() -> run(page("GET", "/"), (req, res) -> {
            res.flushBuffer();
            throw new CannotCreateTransactionException("session not saved", DatabaseUnavailableTests.poolTimeout());
        })).isInstanceOf(CannotCreateTransactionException.class);
    }

    @Test
    void aHealthyRequestPassesUntouched() throws Exception {
        MockHttpServletResponse response = run(page("GET", "/"), (req, res) -> res.getWriter().write("home"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("home");
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private static MockHttpServletRequest page(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        if ("GET".equals(method) && "/meetings".equals(path)) {
            request.setQueryString("kind=TALKS");
        }
        return request;
    }

    private static void assertBrowserProtections(MockHttpServletResponse response) {
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo(SecurityHeaders.REFERRER_POLICY);
        assertThat(response.getHeader("Permissions-Policy")).isEqualTo(SecurityHeaders.PERMISSIONS_POLICY);
    }

    private SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
