package org.borderliaison.support;

import static org.assertj.core.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The OpenAPI document is the API's contract: every response the test suite's MockMvc receives from
 * {@code /api/**} is validated against the document the application itself publishes at
 * {@code /v3/api-docs} (status, media type and body schema), so code and document cannot drift.
 * Requests are not validated: many tests send invalid input on purpose, and their refusals must
 * still be documented responses.
 *
 * <p>Imported by {@link IntegrationTest} for every test alike, so the shared context stays one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContractValidation {

    /** What the document covers; other responses (pages, actuator, the document itself) are not API responses. */
    static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    /** Paths and operations seen validated, so that a test can check the validation really ran. */
    private static final Set<String> validated = Collections.synchronizedSet(new TreeSet<>());

    private static volatile OpenApiInteractionValidator validator;

    /**
     * A nested object the API writes as null (a summary without a partner agency, a follow-up without an owner).
     * OpenAPI 3.0 cannot say "nullable" beside a {@code $ref}, and the validator ignores the {@code allOf}+nullable
     * idiom, so null is accepted where an object is expected; nulls of every other type are checked.
     */
    private static final ValidationErrorsWhitelist NULL_NESTED_OBJECTS = ValidationErrorsWhitelist.create()
            .withRule("null nested object", WhitelistRules.allOf(WhitelistRules.isResponse(),
                    WhitelistRules.messageContainsSubstring("Instance type (null) does not match any allowed primitive type (allowed: [\"object\"])")));

    @Bean
    MockMvcBuilderCustomizer contractValidatingMockMvc(WebApplicationContext context) {
        return builder -> builder.alwaysDo(validateAgainstTheDocument(context));
    }

    public static Set<String> validatedOperations() {
        return Set.copyOf(validated);
    }

    private static final Set<String> NO_OPERATION = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private static ResultHandler validateAgainstTheDocument(WebApplicationContext context) {
        return result -> {
            MockHttpServletRequest request = result.getRequest();
            String path = request.getRequestURI();
            // A method the path does not have (405) is no operation of the document: nothing to validate it against.
            if (!isApi(path) || result.getResponse().getStatus() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
                return;
            }
            Request.Method method = Request.Method.valueOf(request.getMethod());
            ValidationReport report = validator(context).validateResponse(path, method, response(result));
            // Nor is an address or a method the API does not have (404 before any controller): no operation to hold it to.
            if (!report.getMessages().isEmpty() && report.getMessages().stream().allMatch(message -> NO_OPERATION.contains(message.getKey()))) {
                return;
            }
            if (report.hasErrors()) {
                fail("Response of %s %s (%d) is not what the OpenAPI document says:%n%s%nBody: %s", method, path,
                        result.getResponse().getStatus(), SimpleValidationReportFormat.getInstance().apply(report),
                        result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            }
            validated.add(method + " " + path + " " + result.getResponse().getStatus());
        };
    }

    private static SimpleResponse response(MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.getStatus())
                .withBody(response.getContentAsByteArray());
        if (response.getContentType() != null) {
            builder.withContentType(response.getContentType());
        }
        response.getHeaderNames().forEach(name -> builder.withHeader(name, response.getHeaders(name)));
        return builder.build();
    }

    /** The document as the application serves it, read once (one Spring context serves the whole suite). */
    public static OpenApiInteractionValidator validator(WebApplicationContext context) throws Exception {
        if (validator == null) {
            synchronized (ContractValidation.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document(context))
                            .withWhitelist(NULL_NESTED_OBJECTS).build();
                }
            }
        }
        return validator;
    }

    /** Fetched without the security filters (the document is public anyway) and without the validation above. */
    public static String document(WebApplicationContext context) throws Exception {
        MockMvc plain = MockMvcBuilders.webAppContextSetup(context).build();
        return plain.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
