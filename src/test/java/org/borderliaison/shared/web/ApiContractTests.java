package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.borderliaison.shared.Role;
import org.borderliaison.support.ContractValidation;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.MediaType;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document stays exact: creates answer 201 with JSON, every operation documents its refusals as
 * problem details, no parameter leaks from a helper object, schema names are unique across modules, and the
 * validation that checks every API test's responses against the document really rejects a drifted response.
 */
class ApiContractTests extends IntegrationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    WebApplicationContext context;

    @Autowired
    JsonMapper json;

    JsonNode document;

    @BeforeEach
    void document() throws Exception {
        document = json.readTree(ContractValidation.document(context));
    }

    @Test
    void everyCreateAnswers201WithJsonAndNever200() {
        List<String> creates = new ArrayList<>();
        document.get("paths").properties().forEach(path -> {
            JsonNode post = path.getValue().get("post");
            // A create posts to a collection: /api/v1/cases, /api/v1/agreements/{id}/attachments (not an action like /cancel).
            if (post != null && path.getKey().startsWith("/api/") && isCollection(path.getKey())) {
                creates.add(path.getKey());
                JsonNode responses = post.get("responses");
                assertThat(responses.has("201")).as("POST %s documents 201", path.getKey()).isTrue();
                assertThat(responses.has("200")).as("POST %s does not document 200", path.getKey()).isFalse();
                assertThat(names(responses.get("201").get("content"))).as("POST %s 201 media type", path.getKey())
                        .containsExactly("application/json");
            }
        });
        assertThat(creates).contains("/api/v1/agencies", "/api/v1/agreements", "/api/v1/agreements/{id}/attachments",
                "/api/v1/meetings", "/api/v1/patrols", "/api/v1/cases", "/api/v1/handovers", "/api/v1/partnerships");
    }

    @Test
    void everyOperationDocumentsItsRefusalsAsProblemDetails() {
        forEachApiOperation((label, path, method, operation) -> {
            JsonNode responses = operation.get("responses");
            List<String> expected = new ArrayList<>(List.of("400", "401", "403", "404", "429"));
            if (!method.equals("get")) {
                expected.addAll(List.of("409", "422"));
            }
            if (operation.has("requestBody")) {
                expected.add("415");
            }
            for (String status : expected) {
                assertThat(responses.has(status)).as("%s documents %s", label, status).isTrue();
                assertThat(responses.get(status).get("content").get(PROBLEM_JSON).get("schema").get("$ref").asString())
                        .as("%s %s is a problem", label, status).isEqualTo("#/components/schemas/Problem");
            }
            responses.properties().forEach(response -> {
                if (response.getKey().startsWith("2") && response.getValue().has("content")) {
                    assertThat(names(response.getValue().get("content"))).as("%s %s media type", label, response.getKey())
                            .doesNotContain("*/*");
                }
            });
        });
        assertThat(document.at("/paths/~1api~1v1~1agreements~1{id}~1attachments/post/responses").has("413")).isTrue();
        assertThat(document.at("/components/schemas/Problem/properties").has("fieldErrors")).isTrue();
    }

    @Test
    void parametersAreTheRequestsOwnAndSeparate() {
        forEachApiOperation((label, path, method, operation) -> {
            if (operation.has("parameters")) {
                operation.get("parameters").forEach(parameter -> assertThat(parameter.get("name").asString())
                        .as("a parameter of %s", label).doesNotContain(".").isNotEqualTo("params").isNotEqualTo("query"));
            }
        });
        assertThat(parameterNames("/api/v1/agreements", "get")).contains("signedFrom", "signedTo", "kind", "partnerCountry",
                "partnerAgencyId", "ourAgencyId", "field", "status", "text", "sort", "page", "size");
        assertThat(parameterNames("/api/v1/meetings", "get")).contains("from", "to", "kind", "text", "sort", "page", "size")
                .noneMatch(name -> name.startsWith("DATE"));
    }

    @Test
    void requestBodiesSayWhatIsRequiredAndWhatIsAllowed() {
        for (String create : List.of("CaseRequest", "MeetingRequest", "AgreementRequest", "PatrolRequest", "HandoverRequest")) {
            assertThat(required(create)).as("%s: version is only needed on update", create).doesNotContain("version");
        }
        assertThat(required("AgencyUpdateRequest")).contains("version");
        assertThat(required("CaseRequest")).as("the service requires a partner").contains("partners", "leadAgencyId");
        assertThat(document.at("/components/schemas/CaseSeizureRequest/properties/unit/description").asString())
                .contains("HEROIN: KG, G").contains("SYNTHETIC_DRUG_PILLS: PILL").contains("COUNTERFEIT_VND: VND");
        assertThat(document.at("/components/schemas/HandoverRequest/properties/caseId/description").asString())
                .isEqualTo(ApiDescriptions.LINK_ON_PUT);
    }

    /** Two DTOs of the same simple name in two modules used to be merged into one schema; every name is one class now. */
    @Test
    void noTwoClassesShareASchemaName() throws Exception {
        Map<String, Set<String>> classesByName = new HashMap<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition bean) {
                return bean.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Object.class));
        for (BeanDefinition bean : scanner.findCandidateComponents("org.borderliaison")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            if (type.getPackageName().endsWith(".domain") || type.getName().replaceAll("\\$.*", "").endsWith("Form")) {
                continue; // entities and the pages' form objects never reach the API
            }
            Schema schema = type.getAnnotation(Schema.class);
            String name = schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
            classesByName.computeIfAbsent(name, key -> new TreeSet<>()).add(type.getName());
        }
        document.get("components").get("schemas").properties().forEach(schema -> {
            Set<String> classes = classesByName.getOrDefault(schema.getKey(), Set.of());
            assertThat(classes).as("classes behind schema %s", schema.getKey()).hasSizeLessThanOrEqualTo(1);
        });
        assertThat(document.get("components").get("schemas").has("MeetingRow")).isTrue();
        assertThat(document.get("components").get("schemas").has("AgreementRow")).isTrue();
        assertThat(document.get("components").get("schemas").has("Row")).isFalse();
    }

    @Test
    void theValidationOfTheTestsRejectsAResponseTheDocumentDoesNotDescribe() throws Exception {
        var validator = ContractValidation.validator(context);
        String agency = """
                {"id":1,"code":"X","nameVi":"X","nameEn":null,"nameNative":null,"country":"VN","kind":"POLICE","level":"CENTRAL",
                 "parentId":null,"parentSince":null,"active":true,"successorId":null,"version":0}""";
        assertThat(validator.validateResponse("/api/v1/agencies/1", Request.Method.GET, SimpleResponse.Builder.ok()
                .withContentType("application/json").withBody("{\"id\":\"one\"}").build()).hasErrors())
                .as("a wrong type").isTrue();
        assertThat(validator.validateResponse("/api/v1/agencies/1", Request.Method.GET, SimpleResponse.Builder.status(418)
                .withContentType("application/json").withBody(agency).build()).hasErrors())
                .as("an undocumented status").isTrue();
        assertThat(validator.validateResponse("/api/v1/agencies", Request.Method.POST, SimpleResponse.Builder.status(400)
                .withContentType(PROBLEM_JSON).withBody("{\"detail\":\"no type\"}").build()).hasErrors())
                .as("a problem without its required members").isTrue();

        // And the validation runs on the suite's own calls.
        mvc.perform(get("/api/v1/border-gates").with(user(fixtures.account("contract-viewer", "VN-LC-CA", Role.VIEWER))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/patrols").contentType(MediaType.TEXT_PLAIN).content("patrol")
                        .with(user(fixtures.account("contract-officer", "VN-LC-CA", Role.OFFICER))).with(csrf()))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(ContractValidation.validatedOperations()).contains("GET /api/v1/border-gates 200", "POST /api/v1/patrols 415");
    }

    private static boolean isCollection(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return path.chars().filter(c -> c == '{').count() == 0 ? path.split("/").length == 4 : last.equals("attachments");
    }

    private List<String> parameterNames(String path, String method) {
        List<String> names = new ArrayList<>();
        document.get("paths").get(path).get(method).get("parameters").forEach(parameter -> names.add(parameter.get("name").asString()));
        return names;
    }

    private List<String> required(String schema) {
        List<String> names = new ArrayList<>();
        JsonNode required = document.get("components").get("schemas").get(schema).get("required");
        if (required != null) {
            required.forEach(name -> names.add(name.asString()));
        }
        return names;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private void forEachApiOperation(OperationCheck check) {
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (path.getKey().startsWith("/api/")) {
                check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), path.getKey(), operation.getKey(),
                        operation.getValue());
            }
        }));
    }

    private interface OperationCheck {
        void accept(String label, String path, String method, JsonNode operation);
    }
}
