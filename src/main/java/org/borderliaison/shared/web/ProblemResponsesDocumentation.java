package org.borderliaison.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the refusals every API operation can answer, in one place rather than on each endpoint: the
 * problem details written by {@link ApiExceptionHandler}, by the security filter chain (401, 403) and by the
 * upload limit (413), as {@code application/problem+json} with the {@value #PROBLEM} schema.
 *
 * <p>Which operation gets which: 400 (bad input), 401, 403, 404 and 429 (sign-in throttled) everywhere;
 * 409 (stale version, conflicting data) and 422 (a business rule) on every change; 422 also on reads that
 * take parameters (an agency outside the caller's scope, a backwards period); 413 on uploads; 415 where there is
 * a body; 503 everywhere (the database out of reach). An operation
 * that documents a refusal itself keeps its own description.
 */
@Component
class ProblemResponsesDocumentation implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas("FieldError", fieldError()).addSchemas(PROBLEM, problem());
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean change = method != PathItem.HttpMethod.GET;
        boolean readWithParameters = !change && operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> "query".equals(parameter.getIn()));
        ApiResponses responses = operation.getResponses();
        add(responses, "400", "Bad input: a missing, malformed or out-of-range value (fieldErrors names each)");
        add(responses, "401", "Not signed in: send HTTP Basic credentials");
        add(responses, "403", "The caller's role may not do this");
        add(responses, "429", "Too many failed sign-ins from this address or for this username: wait Retry-After seconds");
        // A record named by the path, a parameter or the body may not exist (or lie outside the scope).
        add(responses, "404", "No such record, or it lies outside the caller's scope");
        if (change) {
            add(responses, "409", "The version sent is stale (someone changed the record since it was read), "
                    + "or the change conflicts with other data");
        }
        if (change || readWithParameters) {
            add(responses, "422", "Refused by a business rule (fieldErrors names the field), "
                    + "e.g. an agency outside the caller's scope or a period that ends before it starts");
        }
        if (isUpload(operation)) {
            add(responses, "413", "The upload is larger than the server accepts");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "415", "The body is not of a media type the operation reads");
        }
        add(responses, "503", "The service cannot reach its database for the moment: try again later");
    }

    private static boolean isUpload(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().keySet().stream().anyMatch(type -> type.startsWith("multipart/"));
    }

    private static void add(ApiResponses responses, String status, String description) {
        ApiResponse existing = responses.get(status);
        Content content = new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
        if (existing == null) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(content));
        } else {
            // Documented by the operation itself (its own words), but always with the one problem shape.
            existing.setContent(content);
        }
    }

    private static Schema<?> problem() {
        Schema<?> lines = new ArraySchema().items(new ObjectSchema()
                .addProperty("line", new IntegerSchema().description("line number in the file, the header being line 1; "
                        + "0 for the file as a whole"))
                .addProperty("column", new StringSchema().nullable(true).description("the column, null for the whole line or file"))
                .addProperty("message", new StringSchema()))
                .description("CSV imports only: each refused line");
        return new ObjectSchema()
                .description("RFC 9457 problem details; title, detail and messages in the caller's language "
                        + "(Vietnamese by default; English with ?lang=en or Accept-Language: en)")
                .addProperty("type", new StringSchema().format("uri")
                        .description("stable kind of refusal, e.g. https://borderliaison.org/problems/stale-version"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("fieldErrors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError")))
                .addProperty("lines", lines)
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> fieldError() {
        return new ObjectSchema()
                .description("One rejected field")
                .addProperty("field", new StringSchema().description("the field or parameter, dotted for nested ones (partners[0].agencyId)"))
                .addProperty("message", new StringSchema().description("what is wrong, in the caller's language"))
                .addProperty("code", new StringSchema().nullable(true)
                        .description("stable code of the rule, e.g. NotNull or case.error.agencyOutOfScope"))
                .required(List.of("field", "message"));
    }
}
