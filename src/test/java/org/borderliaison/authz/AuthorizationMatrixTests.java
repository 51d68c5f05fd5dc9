package org.borderliaison.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.borderliaison.agency.PartnershipLevel;
import org.borderliaison.agency.domain.PartnershipService;
import org.borderliaison.agreement.AgreementBuilder;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.meeting.MeetingBuilder;
import org.borderliaison.meeting.domain.FollowUpStatus;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.security.domain.ApiTokens;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.ComboboxMarkup;
import org.borderliaison.support.ImplicitSubmission;
import org.borderliaison.support.IntegrationTest;
import org.borderliaison.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorization regression matrix: every registered handler mapping (pages, API, actuator, API docs) has a
 * rule in {@code src/test/resources/authz/endpoints.txt}, and each of seven callers (an administrator, officers of
 * Lào Cai, Lạng Sơn and Nghệ An, a reporter of Lạng Sơn, a viewer of Lào Cai, an anonymous visitor) gets the answer
 * its rule gives: allowed, a sign-in challenge, 403 for a role that may not, 404 for a record of another province
 * (403 or 404 for a write), 422 for a summary of an agency outside the caller's scope.
 *
 * <p>Records in path variables are this test's own Lào Cai records (dated 2003, so no figure of the demo data moves).
 * Writes send a body the application refuses after its authorization check (an empty form, a JSON body naming an
 * agency that does not exist, a stale version), so an allowed caller gets 400/409/422 and changes nothing, while a
 * denied caller gets 403/404; rows marked {@code fresh} (deletes, withdrawals, cancellations, which take no body)
 * get a new record after each call that succeeded.
 */
class AuthorizationMatrixTests extends IntegrationTest {

    private static final String TABLE = "authz/endpoints.txt";
    private static final String TABLE_PATH = "src/test/resources/" + TABLE;
    private static final long LAO_CAI = 3;
    private static final long BAT_XAT = 9;
    private static final long HEKOU = 33;
    private static final LocalDate DAY = LocalDate.of(2003, 6, 15);
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    private static final byte[] EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    @Autowired
    ApplicationContext context;

    @Autowired
    AgreementService agreements;

    @Autowired
    MeetingService meetings;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    JsonMapper json;

    private final Map<String, Long> records = new TreeMap<>();
    private final Map<Caller, SignedInUser> accounts = new EnumMap<>(Caller.class);

    @Test
    void everyEndpointHasARuleAndEveryRuleAnEndpoint() {
        Set<String> registered = registeredEndpoints();
        Set<String> ruled = new TreeSet<>(EndpointRule.read(TABLE).keySet());

        List<String> missing = registered.stream().filter(endpoint -> !ruled.contains(endpoint)).map(this::suggestedLine).toList();
        assertThat(missing)
                .as("Endpoints without a rule. Add each line to %s, after checking the suggested rule against what the "
                        + "endpoint should allow (who may call it: PUBLIC, SIGNED_IN, WRITER = officers and administrators, "
                        + "ADMIN; its scope: NONE, LAO_CAI when a path variable names a record, LAO_CAI_PARAMETER when "
                        + "agencyId names the agency; a write needs body=... for the API or params=... for a page that the "
                        + "application refuses after its authorization check)", TABLE_PATH)
                .isEmpty();
        List<String> stale = ruled.stream().filter(endpoint -> !registered.contains(endpoint)).toList();
        assertThat(stale).as("Rules in %s for endpoints that no longer exist: remove these lines", TABLE_PATH).isEmpty();
    }

    @Test
    void everyEndpointAnswersEveryCallerAsItsRuleSays() throws Exception {
        Set<String> registered = registeredEndpoints();
        List<String> mismatches = new ArrayList<>();
        List<String> matrix = new ArrayList<>();
        List<String> enterPressesARowButton = new ArrayList<>();
        List<String> badComboboxes = new ArrayList<>();
        for (EndpointRule rule : EndpointRule.read(TABLE).values()) {
            if (!registered.contains(rule.key())) {
                continue; // reported by the other test
            }
            for (Caller caller : Caller.values()) {
                Expected expected = rule.expectedFor(caller);
                long started = System.nanoTime();
                MockHttpServletResponse response = perform(rule, caller);
                String problem = expected.problemWith(rule, response);
                matrix.add("%-62s %-18s %3d %-22s %5d ms %s".formatted(rule.key(), caller, response.getStatus(), expected,
                        (System.nanoTime() - started) / 1_000_000, problem == null ? "" : "<-- " + problem + ": "
                                + abbreviated(response.getContentAsString())));
                if (problem != null) {
                    mismatches.add(rule.key() + " as " + caller + ": expected " + expected + ", got " + response.getStatus()
                            + " (" + problem + ")");
                }
                if (response.getStatus() == 200 && String.valueOf(response.getContentType()).startsWith("text/html")) {
                    // Every page is crawled here anyway: check what Enter does in each of its forms.
                    ImplicitSubmission.rowActionsAsDefault(response.getContentAsString())
                            .forEach(form -> enterPressesARowButton.add(rule.key() + " as " + caller + ": " + form));
                    ComboboxMarkup.problems(response.getContentAsString())
                            .forEach(picker -> badComboboxes.add(rule.key() + " as " + caller + ": " + picker));
                }
                if (rule.fresh() && response.getStatus() < 400) {
                    // Consumed: the next caller gets a new one (a record's attachment goes with it).
                    String kind = recordKind(rule.path());
                    records.remove(kind + "-attachment");
                    if (!rule.path().contains("{attachmentId}")) {
                        records.remove(kind);
                    }
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "authorization-matrix.txt"), matrix);
        assertThat(matrix).hasSizeGreaterThan(900);
        assertThat(mismatches).as("authorization matrix (full table in target/authorization-matrix.txt)").isEmpty();
        assertThat(enterPressesARowButton).as("forms whose default action (Enter in a field) is a row button").isEmpty();
        assertThat(badComboboxes).as("type-ahead boxes that the keyboard cannot use (support/ComboboxMarkup)").isEmpty();
    }

    /** The response, or a 500 for an exception that escaped every handler (a server error for a real client). */
    private MockHttpServletResponse perform(EndpointRule rule, Caller caller) throws Exception {
        try {
            return mvc.perform(requestFor(rule, caller)).andReturn().getResponse();
        } catch (ServletException escaped) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            response.setStatus(500);
            return response;
        }
    }

    private static String abbreviated(String body) {
        String line = body.replaceAll("\\s+", " ");
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }

    /** The line to add for an endpoint without a rule, with a first guess at its rule from its method and path. */
    private String suggestedLine(String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceFirst("\\[.*", "");
        String access = path.startsWith("/admin") || path.startsWith("/actuator") || path.contains("/accounts") ? "ADMIN"
                : method.equals("GET") ? "SIGNED_IN" : "WRITER";
        String scope = path.contains("{id}") && Set.of("agreements", "meetings", "patrols", "cases", "handovers")
                .contains(recordKind(path)) ? "LAO_CAI" : "NONE";
        return "%-62s %-10s %s".formatted(endpoint, access, scope);
    }

    // ---- the endpoints the application registers

    /** "METHOD pattern" (with "[param]" for a mapping chosen by a request parameter) of every handler mapping. */
    private Set<String> registeredEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                String params = info.getParamsCondition().getExpressions().stream().map(Object::toString).sorted()
                        .reduce("", (all, param) -> all + "[" + param + "]");
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
                if (methods.isEmpty()) {
                    methods.add("ANY");
                }
                for (String pattern : info.getPatternValues()) {
                    methods.forEach(method -> endpoints.add(method + " " + pattern + params));
                }
            }
        }
        return endpoints;
    }

    // ---- requests

    private AbstractMockHttpServletRequestBuilder<?> requestFor(EndpointRule rule, Caller caller) throws Exception {
        String path = expand(rule.path(), caller);
        String uri = path + (rule.query() == null ? "" : "?" + rule.query());
        boolean api = rule.path().startsWith("/api/");
        AbstractMockHttpServletRequestBuilder<?> request;
        if ("multipart".equals(rule.consumes())) {
            // An executable named like a scan: refused by the attachment rules, after the authorization check.
            request = multipart(uri).file(new MockMultipartFile("file", "scan.pdf", "application/pdf", EXECUTABLE));
        } else {
            request = request(HttpMethod.valueOf(rule.method().equals("ANY") ? "GET" : rule.method()), uri);
        }
        request.header(HttpHeaders.ACCEPT, rule.accept());
        if (rule.errorStatus() != null) {
            request.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, rule.errorStatus());
        }
        if (!rule.method().equals("GET") && !rule.method().equals("ANY")) {
            request.with(csrf());
            if (api && rule.consumes() != null && rule.consumes().equals("csv")) {
                request.contentType("text/csv").content("not,a,list\n");
            } else if (api && !rule.method().equals("DELETE") && rule.consumes() == null) {
                request.contentType(MediaType.APPLICATION_JSON).content(rule.body() == null ? "{}" : rule.body());
            } else if (!api && rule.consumes() == null) {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
            }
        }
        if (rule.params() != null) {
            for (String field : rule.params().split("&")) {
                int equals = field.indexOf('=');
                request.param(field.substring(0, equals), field.substring(equals + 1));
            }
        }
        rule.parameter().filter(parameter -> rule.params() == null || !rule.params().contains(parameter + "="))
                .ifPresent(parameter -> request.param(parameter, ""));
        if (caller != Caller.ANONYMOUS) {
            request.with(user(account(caller)));
        }
        return request;
    }

    private SignedInUser account(Caller caller) {
        return accounts.computeIfAbsent(caller, c -> fixtures.account(c.username(), c.agencyCode(), c.role()));
    }

    /**
     * The path with its variables filled with this test's Lào Cai records; a path under /account names a record of
     * the caller's own (a personal API token), an administrator's for the anonymous caller.
     */
    private String expand(String path, Caller caller) throws Exception {
        String kind = recordKind(path);
        if (kind.equals("account") && path.contains("{id}")) {
            return path.replace("{id}", String.valueOf(ownToken(caller == Caller.ANONYMOUS ? Caller.ADMIN : caller)));
        }
        String expanded = path.replace("{action:withdraw|terminate|delete}", "withdraw")
                .replace("{index}", "0")
                .replace("{requiredMetricName}", "jvm.memory.used")
                .replace("/**", "/db");
        if (expanded.contains("{attachmentId}")) {
            expanded = expanded.replace("{attachmentId}", String.valueOf(record(kind + "-attachment", () -> createAttachment(kind))));
        }
        if (expanded.contains("{id}")) {
            expanded = expanded.replace("{id}", String.valueOf(idFor(kind)));
        }
        assertThat(expanded).as("a path variable this test does not know how to fill").doesNotContain("{");
        return expanded;
    }

    private long idFor(String kind) throws Exception {
        return switch (kind) {
            case "agreements" -> record(kind, () -> fixtures.asSystemAdmin(() -> agreements.create(
                    AgreementBuilder.aMemorandum().between(LAO_CAI, HEKOU).signedOn(DAY).command())));
            case "meetings" -> record(kind, () -> fixtures.asSystemAdmin(() -> meetings.create(
                    MeetingBuilder.aTalk("Hội đàm kiểm tra phân quyền").between(LAO_CAI, HEKOU).on(DAY)
                            .followUp("Trao đổi danh sách", LAO_CAI, DAY.plusDays(14), FollowUpStatus.OPEN).details()).id()));
            case "patrols" -> record(kind, () -> createThroughApi("/api/v1/patrols", """
                    {"kind":"BILATERAL","date":"%s","startTime":"07:30","endTime":"11:00","ourAgencyId":%d,"partnerAgencyId":%d,
                     "segmentFrom":"100(2)","segmentTo":"106(1)","ourPersonnel":6,"partnerPersonnel":5,"findings":"Kiểm tra phân quyền"}"""
                    .formatted(DAY, BAT_XAT, HEKOU)));
            case "cases" -> record(kind, () -> createThroughApi("/api/v1/cases", """
                    {"category":"DRUGS","ourReference":"AUTHZ-%d","openedOn":"%s","status":"INFORMATION_EXCHANGED",
                     "leadAgencyId":%d,"partners":[{"agencyId":%d}],"subjects":1,"victims":0,"summary":"Kiểm tra phân quyền","seizures":[]}"""
                    .formatted(System.nanoTime() % 1_000_000, DAY, LAO_CAI, HEKOU)));
            case "handovers" -> record(kind, () -> createThroughApi("/api/v1/handovers", """
                    {"direction":"HANDED_OVER","category":"PROPERTY","date":"%s","quantity":1,"ourAgencyId":%d,"partnerAgencyId":%d}"""
                    .formatted(DAY, LAO_CAI, HEKOU)));
            case "partnerships" -> record(kind, () -> fixtures.asSystemAdmin(() -> partnerships.create(11, 37,
                    PartnershipLevel.DISTRICT_COUNTY, null, "Kiểm tra phân quyền").getId()));
            case "tokens" -> ownToken(Caller.ADMIN);
            case "accounts" -> record(kind, () -> fixtures.account("authz-target", "VN-LC-CA", Role.VIEWER).userId());
            case "agencies" -> BAT_XAT;
            default -> throw new IllegalStateException("no record for " + kind);
        };
    }

    private long ownToken(Caller owner) {
        return SignedIn.as(account(owner), () -> apiTokens.create("authz", null).token().id());
    }

    /** The resource a path's {id} names: "agreements" for /agreements/{id} and /api/v1/agreements/{id}/history. */
    private static String recordKind(String path) {
        String rest = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : path.substring(1);
        if (rest.startsWith("admin/")) {
            rest = rest.substring("admin/".length());
        }
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private long record(String kind, ThrowingSupplier<Long> create) throws Exception {
        Long id = records.get(kind);
        if (id == null) {
            id = create.get();
            records.put(kind, id);
        }
        return id;
    }

    /** A PDF attached to this test's record of {@code kind} ("agreements", "meetings", "cases", "handovers"). */
    private long createAttachment(String kind) throws Exception {
        long record = idFor(kind);
        return createdId(mvc.perform(multipart("/api/v1/" + kind + "/{id}/attachments", record)
                .file(new MockMultipartFile("file", "authz.pdf", "application/pdf", PDF))
                .with(user(account(Caller.ADMIN))).with(csrf())).andReturn().getResponse());
    }

    private long createThroughApi(String path, String body) throws Exception {
        return createdId(mvc.perform(request(HttpMethod.POST, path).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(user(account(Caller.ADMIN))).with(csrf())).andReturn().getResponse());
    }

    private long createdId(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString()).get("id").asLong();
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    /** The seven callers: who they are and whether this test's Lào Cai records lie in their scope. */
    enum Caller {
        ADMIN("VN-BCA", Role.ADMIN, true),
        OFFICER_LAO_CAI("VN-LC-CA", Role.OFFICER, true),
        OFFICER_LANG_SON("VN-LS-CA", Role.OFFICER, false),
        OFFICER_NGHE_AN("VN-NA-CA", Role.OFFICER, false),
        REPORTER_LANG_SON("VN-LS-CA", Role.REPORTER, false),
        VIEWER_LAO_CAI("VN-LC-CA", Role.VIEWER, true),
        ANONYMOUS(null, null, false);

        private final String agencyCode;
        private final Role role;
        private final boolean seesLaoCai;

        Caller(String agencyCode, Role role, boolean seesLaoCai) {
            this.agencyCode = agencyCode;
            this.role = role;
            this.seesLaoCai = seesLaoCai;
        }

        String username() {
            return "authz-" + name().toLowerCase().replace('_', '-');
        }

        String agencyCode() {
            return agencyCode;
        }

        Role role() {
            return role;
        }

        boolean seesLaoCai() {
            return seesLaoCai;
        }
    }
}
