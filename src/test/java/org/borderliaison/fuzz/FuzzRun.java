package org.borderliaison.fuzz;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.borderliaison.shared.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One seeded fuzz run: sends requests until a count or a time limit, each in its own transaction that is flushed
 * (so what would fail at commit fails here too) and then rolled back, so that the run leaves no record behind and
 * the demo figures other tests check stay as they are. Collects every answer that breaks the rules: a 5xx or an
 * exception, and an API refusal that is not problem details.
 */
final class FuzzRun {

    /**
     * CI runs one known seed, so that whether a submission lands is not decided by chance; a developer's run explores
     * a new seed each time (and prints it): a 5xx found that way is replayed with {@code -Dfuzz.seed} and fixed.
     */
    static final long CI_SEED = -9052819948534158075L;
    static final long SEED = Long.getLong("fuzz.seed", System.getenv("CI") != null ? CI_SEED : new Random().nextLong());

    private final String name;
    private final MockMvc mvc;
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final long deadline;
    private final int maxRequests;
    final Random random;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int sent;
    private int commitRefusals;
    private final java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();

    FuzzRun(String name, MockMvc mvc, PlatformTransactionManager transactionManager, EntityManager entityManager,
            Duration budget, int maxRequests) {
        this.name = name;
        this.mvc = mvc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.entityManager = entityManager;
        this.deadline = System.nanoTime() + Duration.ofSeconds(Long.getLong("fuzz.seconds", budget.toSeconds())).toNanos();
        this.maxRequests = Integer.getInteger("fuzz.requests", maxRequests);
        this.random = new Random(SEED ^ name.hashCode());
        System.out.printf("%s: seed %d (replay with -Dfuzz.seed=%d)%n", name, SEED, SEED);
    }

    boolean going() {
        return sent < maxRequests && System.nanoTime() < deadline;
    }

    /** Sends {@code request} as {@code who}; {@code api} when a refusal must be problem details. Returns the answer, or null. */
    MvcResult send(AbstractMockHttpServletRequestBuilder<?> request, SignedInUser who, boolean api) {
        sent++;
        MockHttpServletRequest[] built = new MockHttpServletRequest[1];
        request.with(user(who)).with(r -> {
            built[0] = r;
            return r;
        });
        long started = System.nanoTime();
        try {
            MvcResult result = transactions.execute(status -> {
                status.setRollbackOnly();
                try {
                    MvcResult answer = mvc.perform(request).andReturn();
                    if (answer.getResponse().getStatus() >= 400) {
                        // refused: in production the exception left the service's transaction and rolled it back
                        return answer;
                    }
                    try {
                        entityManager.flush();
                    } catch (org.hibernate.exception.ConstraintViolationException refused) {
                        // at commit this is a DataIntegrityViolationException, which the API and the forms answer with 409
                        commitRefusals++;
                    }
                    return answer;
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            });
            int status = result.getResponse().getStatus();
            statuses.merge(status, 1, Integer::sum);
            slowest.put((System.nanoTime() - started) / 1_000_000 * 1000 + slowest.size() % 1000, describe(built[0]));
            while (slowest.size() > 5) {
                slowest.pollFirstEntry();
            }
            String type = result.getResponse().getContentType();
            if (status >= 500) {
                fail(built[0], status + " " + result.getResolvedException());
            } else if (api && status >= 400 && (type == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type)))) {
                fail(built[0], status + " answered as " + type + ", not problem details");
            }
            return result;
        } catch (RuntimeException ex) {
            statuses.merge(599, 1, Integer::sum);
            Throwable cause = ex;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            fail(built[0], "thrown " + ex + " (root cause: " + cause + ")");
            return null;
        }
    }

    private void fail(MockHttpServletRequest request, String what) {
        if (failures.size() < 200) {
            failures.add(describe(request) + "\n    -> " + what);
        }
    }

    private static String describe(MockHttpServletRequest request) {
        if (request == null) {
            return "(request not built)";
        }
        StringBuilder text = new StringBuilder(request.getMethod()).append(' ').append(request.getRequestURI());
        StringBuilder query = new StringBuilder();
        request.getParameterMap().forEach((key, values) -> {
            for (String value : values) {
                query.append(query.isEmpty() ? "?" : "&").append(shorten(key)).append('=').append(shorten(value));
            }
        });
        text.append(query);
        if (request.getContentType() != null) {
            text.append(" [").append(request.getContentType()).append(']');
        }
        byte[] body = request.getContentAsByteArray();
        if (body != null && body.length > 0 && !request.getContentType().startsWith("application/x-www-form-urlencoded")) {
            text.append(" body: ").append(shorten(new String(body, StandardCharsets.UTF_8)));
        }
        return text.toString();
    }

    /** Long values shown by their start and length; control characters escaped so the line can be replayed. */
    private static String shorten(String value) {
        if (value == null) {
            return "";
        }
        String shown = value.length() > 300 ? value.substring(0, 300) + "…(" + value.length() + " chars)" : value;
        StringBuilder escaped = new StringBuilder();
        shown.chars().forEach(c -> escaped.append(c < 0x20 || Character.isSurrogate((char) c) || c == 0x202E
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return escaped.toString();
    }

    /** The summary line; the failures, if any. */
    List<String> finish() {
        long fivexx = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("%s: seed %d, %d requests sent, statuses %s, 5xx seen %d, refused by a constraint at commit %d, failures %d%n",
                name, SEED, sent, statuses, fivexx, commitRefusals, failures.size());
        slowest.descendingMap().forEach((millis, request) -> System.out.printf("  slow: %d ms %s%n", millis / 1000,
                request.length() > 200 ? request.substring(0, 200) : request));
        failures.forEach(failure -> System.out.println("FAILED " + failure));
        return failures;
    }

    int sent() {
        return sent;
    }
}
