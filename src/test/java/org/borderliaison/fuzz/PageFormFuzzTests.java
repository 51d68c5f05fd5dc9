package org.borderliaison.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The page forms, found by visiting the pages an administrator can reach (so a new form is covered without editing
 * this test), plus every POST mapping of the page controllers, posted with the fields each form shows: one value
 * made junk at a time, list indexes tampered with ({@code persons[5000].fullName}, {@code followUps[-1].what}),
 * unknown fields, no fields; and the list filters with junk query values. No answer may be a 5xx. Seeded
 * ({@code -Dfuzz.seed}), bounded by count and time; every request is rolled back.
 */
class PageFormFuzzTests extends IntegrationTest {

    private static final int MAX_PAGES = 90;
    private static final List<String> SKIPPED = List.of("/api/", "/v3/", "/swagger", "/actuator", "/webjars/", "/css/", "/js/",
            "/images/", "/logout", "/error");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    EntityManager entityManager;

    record Field(String name, String kind, List<String> options, String value) {
    }

    record Form(String method, String action, boolean multipart, List<Field> fields) {
    }

    @Test
    void noGeneratedFormPostOrFilterGetsA5xx() throws Exception {
        SignedInUser admin = fixtures.account("fuzz-admin", "VN-BCA", Role.ADMIN);
        SignedInUser officer = fixtures.account("fuzz-officer", "VN-LS-CA", Role.OFFICER);
        List<Form> forms = crawl(admin);
        addUnseenPostMappings(forms);
        assertThat(forms).as("forms found").hasSizeGreaterThan(15);

        FuzzRun run = new FuzzRun("PageFormFuzzTests", mvc, transactionManager, entityManager, Duration.ofSeconds(25), 3000);
        Random random = run.random;
        int rounds = 0;
        while (run.going()) {
            for (Form form : forms) {
                if (!run.going()) {
                    break;
                }
                run.send(build(form, random), random.nextBoolean() ? admin : officer, false);
            }
            rounds++;
        }
        List<String> failures = run.finish();
        System.out.printf("PageFormFuzzTests: %d forms, %d rounds%n", forms.size(), rounds);
        assertThat(failures).as("page requests answered with a 5xx (seed %d)", FuzzRun.SEED).isEmpty();
    }

    /** Visits pages from the home page and every page controller's GET address without variables; collects their forms. */
    private List<Form> crawl(SignedInUser admin) throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (isPage(method.getBeanType()) && info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                info.getPatternValues().stream().filter(pattern -> !pattern.contains("{")).forEach(queue::add);
            }
        });
        Set<String> seenShapes = new HashSet<>();
        Map<String, Form> forms = new LinkedHashMap<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String address = queue.poll();
            if (SKIPPED.stream().anyMatch(address::startsWith) || !seenShapes.add(shape(address))) {
                continue;
            }
            visited++;
            MvcResult result = mvc.perform(get(URI.create(address)).with(user(admin)).accept(MediaType.TEXT_HTML)).andReturn();
            String type = result.getResponse().getContentType();
            if (result.getResponse().getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + address);
            for (Element link : page.select("a[href]")) {
                String href = URI.create("http://localhost" + address).resolve(link.attr("href").replace(" ", "%20")).getRawPath();
                if (href != null && href.startsWith("/")) {
                    queue.add(href);
                }
            }
            for (Element element : page.select("form")) {
                Form form = form(element, address);
                forms.putIfAbsent(form.method() + " " + shape(form.action()) + " " + form.fields().stream().map(Field::name).sorted().toList(), form);
            }
        }
        System.out.printf("PageFormFuzzTests: visited %d pages, found %d forms%n", visited, forms.size());
        return new ArrayList<>(forms.values());
    }

    private static Form form(Element element, String page) {
        String method = element.attr("method").isBlank() ? "get" : element.attr("method").toLowerCase();
        String action = element.attr("action").isBlank() ? page : element.attr("action");
        action = URI.create("http://localhost" + page).resolve(action.replace(" ", "%20")).getRawPath();
        List<Field> fields = new ArrayList<>();
        for (Element input : element.select("input[name], select[name], textarea[name], button[name]")) {
            String name = input.attr("name");
            if (name.equals("_csrf")) {
                continue;
            }
            List<String> options = input.tagName().equals("select") ? input.select("option").eachAttr("value") : null;
            String type = input.attr("type").toLowerCase();
            String kind = input.tagName().equals("button") ? "button" : type.equals("file") ? "file" : type.equals("checkbox") ? "boolean"
                    : type.equals("number") || name.matches(".*(Id|Ids|quantity|Quantity|personnel|Personnel|count|Count|page|version)$")
                    ? "integer" : type.equals("date") || name.matches("(?i).*(date|from|to|on|since)$") ? "date" : "string";
            String value = input.tagName().equals("textarea") ? input.text()
                    : options != null ? input.select("option[selected]").eachAttr("value").stream().findFirst().orElse("") : input.attr("value");
            fields.add(new Field(name, kind, options, value));
        }
        return new Form(method, action, "multipart/form-data".equalsIgnoreCase(element.attr("enctype")), fields);
    }

    /** POST mappings of page controllers no visited page showed a form for: posted with no or generated fields. */
    private void addUnseenPostMappings(List<Form> forms) {
        Set<String> covered = new HashSet<>();
        forms.forEach(form -> covered.add(shape(form.action())));
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (isPage(method.getBeanType()) && info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                for (String pattern : info.getPatternValues()) {
                    String address = pattern.replaceAll("\\{[^}]+}", "1");
                    if (covered.add(shape(address))) {
                        forms.add(new Form("post", address, false, List.of()));
                    }
                }
            }
        });
    }

    private AbstractMockHttpServletRequestBuilder<?> build(Form form, Random random) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            if (!field.kind().equals("button") && !field.kind().equals("file") && !(field.kind().equals("boolean") && random.nextBoolean())) {
                values.computeIfAbsent(field.name(), key -> new ArrayList<>()).add(field.value());
            }
        }
        List<Field> mutable = form.fields().stream().filter(field -> !field.kind().equals("file")).toList();
        switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> {
                if (!mutable.isEmpty()) {
                    Field field = mutable.get(random.nextInt(mutable.size()));
                    values.put(field.name(), new ArrayList<>(List.of(JunkValues.junk(random, field.kind(), field.options(), field.name()))));
                }
            }
            case 4, 5 -> {
                List<Field> indexed = mutable.stream().filter(field -> field.name().matches(".*\\[\\d+].*")).toList();
                String name = indexed.isEmpty() ? List.of("persons[0].fullName", "parties[0].agencyId", "followUps[0].what", "rows[0]")
                        .get(random.nextInt(4)) : indexed.get(random.nextInt(indexed.size())).name();
                String index = List.of("5000", "257", "-1", "x", "2147483648", "100", " 1", "").get(random.nextInt(8));
                values.put(name.replaceFirst("\\[\\d+]", "[" + index + "]"), new ArrayList<>(List.of("fuzz")));
            }
            case 6 -> values.put(JunkValues.junk(random, "string", null, "name"), new ArrayList<>(List.of("x")));
            case 7 -> values.clear();
            case 8 -> {
                List<Field> buttons = form.fields().stream().filter(field -> field.kind().equals("button")).toList();
                if (!buttons.isEmpty()) {
                    Field button = buttons.get(random.nextInt(buttons.size()));
                    values.put(button.name(), new ArrayList<>(List.of(random.nextBoolean() ? button.value()
                            : JunkValues.junk(random, "string", null, button.name()))));
                } else if (!mutable.isEmpty()) {
                    Field field = mutable.get(random.nextInt(mutable.size()));
                    values.put(field.name(), new ArrayList<>(List.of(JunkValues.HUGE)));
                }
            }
            default -> {
                // the form as the page shows it
            }
        }
        AbstractMockHttpServletRequestBuilder<?> request;
        if (form.method().equals("get")) {
            request = get(URI.create(form.action()));
        } else if (form.multipart() && random.nextInt(4) > 0) {
            var upload = multipart(URI.create(form.action()));
            form.fields().stream().filter(field -> field.kind().equals("file")).forEach(field -> upload.file(new MockMultipartFile(
                    field.name(), random.nextBoolean() ? "scan.pdf" : JunkValues.junk(random, "string", null, "file"),
                    random.nextBoolean() ? "application/pdf" : "application/x-junk", random.nextInt(4) == 0 ? new byte[0] : "%PDF-1.4".getBytes())));
            request = upload;
        } else {
            request = post(URI.create(form.action()));
        }
        values.forEach((name, list) -> list.forEach(value -> request.param(name, value)));
        if (random.nextInt(10) == 0) {
            request.header("HX-Request", "true");
        }
        return request.accept(MediaType.TEXT_HTML).with(csrf());
    }

    private static boolean isPage(Class<?> type) {
        return AnnotatedElementUtils.hasAnnotation(type, Controller.class) && !AnnotatedElementUtils.hasAnnotation(type, RestController.class)
                && type.getPackageName().startsWith("org.borderliaison");
    }

    /** An address with its numbers made alike, so that one page of each kind is visited. */
    private static String shape(String address) {
        return address.replaceAll("\\d+", "#");
    }
}
