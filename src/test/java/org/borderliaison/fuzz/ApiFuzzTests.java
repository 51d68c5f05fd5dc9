package org.borderliaison.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks every operation of the application's own OpenAPI document (so a new endpoint is covered without editing
 * this test) with generated path ids, query parameters and bodies (plausible ones with one value made junk, and
 * malformed JSON, wrong content types, oversized bodies), as an administrator and as an officer. No answer may be
 * a 5xx, and every refusal must be problem details. Seeded ({@code -Dfuzz.seed}), bounded by count and time.
 */
class ApiFuzzTests extends IntegrationTest {

    private static final String SURROGATE = "§lone-surrogate§";

    @Autowired
    JsonMapper json;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    EntityManager entityManager;

    private Map<String, Object> document;
    private final Map<String, List<Object>> idsByCollection = new HashMap<>();
    private long ourAgency;
    private long partnerAgency;

    record Parameter(String name, String in, Map<String, Object> schema, boolean required) {
    }

    record Operation(String method, String path, List<Parameter> parameters, Map<String, Object> body, String bodyType) {
    }

    @Test
    @SuppressWarnings("unchecked")
    void noGeneratedRequestGetsA5xxAndEveryRefusalIsProblemDetails() throws Exception {
        SignedInUser admin = fixtures.account("fuzz-admin", "VN-BCA", Role.ADMIN);
        SignedInUser officer = fixtures.account("fuzz-officer", "VN-LS-CA", Role.OFFICER);
        ourAgency = fixtures.agency("VN-LS-CA").id();
        partnerAgency = fixtures.agency("CN-GX-GAT").id();
        String text = mvc.perform(get("/v3/api-docs").with(user(admin))).andReturn().getResponse().getContentAsString();
        document = json.readValue(text, Map.class);
        List<Operation> operations = operations();
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(20);

        FuzzRun run = new FuzzRun("ApiFuzzTests", mvc, transactionManager, entityManager, Duration.ofSeconds(40), 6000);
        Random random = run.random;
        int rounds = 0;
        while (run.going()) {
            for (Operation operation : operations) {
                if (!run.going()) {
                    break;
                }
                SignedInUser who = random.nextBoolean() ? admin : officer;
                run.send(build(operation, random, admin), who, true);
            }
            rounds++;
        }
        List<String> failures = run.finish();
        System.out.printf("ApiFuzzTests: %d operations, %d rounds%n", operations.size(), rounds);
        assertThat(rounds).as("every operation was tried at least once").isGreaterThanOrEqualTo(1);
        assertThat(failures).as("requests answered with a 5xx or a refusal that is not problem details (seed %d)", FuzzRun.SEED)
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, spec) -> {
            if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) spec;
            List<Parameter> parameters = new ArrayList<>();
            for (Object raw : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                Map<String, Object> parameter = resolve((Map<String, Object>) raw);
                parameters.add(new Parameter((String) parameter.get("name"), (String) parameter.get("in"),
                        resolve((Map<String, Object>) parameter.getOrDefault("schema", Map.of())),
                        Boolean.TRUE.equals(parameter.get("required"))));
            }
            Map<String, Object> body = null;
            String bodyType = null;
            Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
            if (requestBody != null) {
                Map<String, Object> content = (Map<String, Object>) resolve(requestBody).get("content");
                Map.Entry<String, Object> first = content.entrySet().iterator().next();
                bodyType = first.getKey();
                body = resolve((Map<String, Object>) ((Map<String, Object>) first.getValue()).getOrDefault("schema", Map.of()));
            }
            operations.add(new Operation(method.toUpperCase(), path, parameters, body, bodyType));
        }));
        return operations;
    }

    private AbstractMockHttpServletRequestBuilder<?> build(Operation operation, Random random, SignedInUser admin) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        boolean first = true;
        for (Parameter parameter : operation.parameters()) {
            if ("path".equals(parameter.in())) {
                pathValues.put(parameter.name(), first && random.nextInt(6) > 0 ? existingId(operation.path(), random, admin)
                        : random.nextInt(3) == 0 ? JunkValues.junk(random, kind(parameter.schema()), null, parameter.name()) : "1");
                first = false;
            }
        }
        String uri = operation.path();
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            uri = uri.replace("{" + value.getKey() + "}", org.springframework.web.util.UriUtils.encodePathSegment(value.getValue(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        boolean multipartBody = operation.bodyType() != null && operation.bodyType().startsWith("multipart/");
        AbstractMockHttpServletRequestBuilder<?> request;
        if (multipartBody && random.nextInt(4) > 0) {
            var upload = multipart(HttpMethod.valueOf(operation.method()), java.net.URI.create(uri));
            if (random.nextInt(3) > 0) {
                byte[] content = random.nextInt(5) == 0 ? new byte[0] : "%PDF-1.4 fuzz".getBytes();
                upload.file(new MockMultipartFile(random.nextBoolean() ? "file" : "upload", random.nextBoolean() ? "a.pdf"
                        : JunkValues.junk(random, "string", null, "name"), random.nextBoolean() ? "application/pdf" : "text/x-junk", content));
            }
            request = upload;
        } else {
            request = request(HttpMethod.valueOf(operation.method()), java.net.URI.create(uri));
        }
        int mode = random.nextInt(10);
        List<Parameter> queries = operation.parameters().stream().filter(p -> "query".equals(p.in())).toList();
        Parameter junkTarget = queries.isEmpty() || mode > 5 ? null : queries.get(random.nextInt(queries.size()));
        for (Parameter parameter : queries) {
            if (parameter == junkTarget) {
                request.param(parameter.name(), JunkValues.junk(random, kind(parameter.schema()), enumValues(parameter.schema()), parameter.name()));
            } else if (parameter.required() ? mode != 6 : random.nextInt(3) == 0) {
                request.param(parameter.name(), plausibleParameter(parameter, random));
            }
        }
        if (mode == 7) {
            request.param(JunkValues.junk(random, "string", null, "name"), JunkValues.junk(random, "string", null, "value"));
        }
        if (operation.body() != null && !multipartBody) {
            body(request, operation, random, mode);
        }
        return request.with(csrf());
    }

    private void body(AbstractMockHttpServletRequestBuilder<?> request, Operation operation, Random random, int mode) {
        int shape = random.nextInt(20);
        if (shape == 0) {
            request.contentType(MediaType.APPLICATION_JSON).content(List.of("{", "{\"a\":}", "[", "nul", "\"x", "{\"title\":\"a\" \"b\"}")
                    .get(random.nextInt(6)));
            return;
        }
        if (shape == 1) {
            request.contentType(MediaType.APPLICATION_JSON).content(List.of("null", "[]", "{}", "1", "\"x\"", "[{}]").get(random.nextInt(6)));
            return;
        }
        if (shape == 2) {
            request.contentType(List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.APPLICATION_FORM_URLENCODED,
                    MediaType.APPLICATION_OCTET_STREAM).get(random.nextInt(4))).content("title=x&<a/>");
            return;
        }
        Object value = plausible(operation.body(), "", random, 0);
        if (shape == 3) {
            // an oversized body: a plausible one padded with a two-megabyte string
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> padded = (Map<String, Object>) map;
                padded.put("padding", "p".repeat(2_000_000));
            }
        } else if (mode < 8) {
            mutate(value, random);
        }
        String text = json.writeValueAsString(value).replace("\"" + SURROGATE + "\"", "\"\\ud800\"");
        request.contentType(shape == 4 ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON).content(text);
    }

    /** Replaces one value anywhere in the tree with junk of any type. */
    @SuppressWarnings("unchecked")
    private void mutate(Object tree, Random random) {
        List<Object[]> slots = new ArrayList<>();
        collect(tree, slots);
        if (slots.isEmpty()) {
            return;
        }
        Object[] slot = slots.get(random.nextInt(slots.size()));
        Object junk = switch (random.nextInt(16)) {
            case 0 -> null;
            case 1 -> JunkValues.HUGE;
            case 2 -> "a\u0000b";
            case 3 -> SURROGATE;
            case 4 -> 2147483648L;
            case 5 -> new java.math.BigInteger("9223372036854775808");
            case 6 -> -1;
            case 7 -> new java.math.BigDecimal("1e309");
            case 8 -> Map.of("x", 1);
            case 9 -> List.of();
            case 10 -> java.util.Collections.nCopies(3000, 1);
            case 11 -> "UNKNOWN";
            case 12 -> true;
            case 13 -> JunkValues.junk(random, "date", null, "date");
            case 14 -> JunkValues.junk(random, "string", null, "text");
            default -> JunkValues.junk(random, "integer", null, "n");
        };
        if (slot[0] instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put((String) slot[1], junk);
        } else {
            ((List<Object>) slot[0]).set((Integer) slot[1], junk);
        }
    }

    private static void collect(Object node, List<Object[]> slots) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                slots.add(new Object[] {map, key});
                collect(value, slots);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                slots.add(new Object[] {list, i});
                collect(list.get(i), slots);
            }
        }
    }

    /** A value that fits {@code schema}, with ids of real agencies where the field names one. */
    @SuppressWarnings("unchecked")
    private Object plausible(Map<String, Object> schema, String name, Random random, int depth) {
        schema = resolve(schema);
        if (depth > 6) {
            return null;
        }
        String type = (String) schema.get("type");
        if (schema.containsKey("properties") || "object".equals(type)) {
            Map<String, Object> object = new LinkedHashMap<>();
            ((Map<String, Object>) schema.getOrDefault("properties", Map.of())).forEach((property, propertySchema) ->
                    object.put(property, plausible((Map<String, Object>) propertySchema, property, random, depth + 1)));
            return object;
        }
        if ("array".equals(type)) {
            List<Object> items = new ArrayList<>();
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                items.add(plausible((Map<String, Object>) schema.getOrDefault("items", Map.of()), name, random, depth + 1));
            }
            return items;
        }
        String lower = name.toLowerCase();
        return switch (kind(schema)) {
            case "integer" -> lower.contains("agency") ? (lower.contains("partner") || lower.contains("foreign") ? partnerAgency : ourAgency)
                    : lower.equals("version") ? 0 : lower.endsWith("id") || lower.endsWith("ids") ? 1 : 1 + random.nextInt(5);
            case "number" -> 1 + random.nextInt(50);
            case "boolean" -> random.nextBoolean();
            default -> JunkValues.plausible(random, kind(schema), enumValues(schema));
        };
    }

    private String plausibleParameter(Parameter parameter, Random random) {
        String lower = parameter.name().toLowerCase();
        if (lower.contains("agency")) {
            return String.valueOf(lower.contains("partner") ? partnerAgency : ourAgency);
        }
        return JunkValues.plausible(random, kind(parameter.schema()), enumValues(parameter.schema()));
    }

    /** An id of a record the collection of {@code path} lists (the part before its first variable), else 1. */
    @SuppressWarnings("unchecked")
    private String existingId(String path, Random random, SignedInUser admin) {
        String collection = path.contains("/{") ? path.substring(0, path.indexOf("/{")) : path;
        List<Object> ids = idsByCollection.computeIfAbsent(collection, key -> {
            try {
                MvcResult result = mvc.perform(get(key).param("size", "20").with(user(admin))).andReturn();
                if (result.getResponse().getStatus() != 200) {
                    return List.of();
                }
                Object listed = json.readValue(result.getResponse().getContentAsString(), Object.class);
                Object rows = listed instanceof Map<?, ?> page ? page.get("content") : listed;
                List<Object> found = new ArrayList<>();
                if (rows instanceof List<?> list) {
                    list.stream().filter(Map.class::isInstance).map(row -> ((Map<String, Object>) row).get("id"))
                            .filter(java.util.Objects::nonNull).forEach(found::add);
                }
                return found;
            } catch (Exception ex) {
                return List.of();
            }
        });
        return ids.isEmpty() ? "1" : String.valueOf(ids.get(random.nextInt(ids.size())));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> node) {
        Map<String, Object> current = node;
        for (int i = 0; i < 10 && current != null; i++) {
            if (current.get("$ref") instanceof String ref) {
                Map<String, Object> target = document;
                for (String part : ref.substring(2).split("/")) {
                    target = (Map<String, Object>) target.get(part);
                }
                current = target;
            } else if (current.get("allOf") instanceof List<?> all && !all.isEmpty()) {
                current = (Map<String, Object>) all.get(0);
            } else if (current.get("oneOf") instanceof List<?> one && !one.isEmpty()) {
                current = (Map<String, Object>) one.get(0);
            } else {
                return current;
            }
        }
        return current == null ? Map.of() : current;
    }

    private static String kind(Map<String, Object> schema) {
        String type = String.valueOf(schema.get("type"));
        if ("string".equals(type) && ("date".equals(schema.get("format")) || "date-time".equals(schema.get("format")))) {
            return "date";
        }
        return switch (type) {
            case "integer", "number", "boolean" -> type;
            default -> "string";
        };
    }

    @SuppressWarnings("unchecked")
    private static List<String> enumValues(Map<String, Object> schema) {
        Object values = schema.get("enum");
        return values instanceof List<?> list ? list.stream().map(String::valueOf).toList() : null;
    }
}
