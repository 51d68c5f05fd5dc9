package org.borderliaison.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderliaison.shared.AgencyHierarchy;
import org.borderliaison.shared.AgencyTreeChanged;
import org.borderliaison.shared.DatedAgencies;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.ScopeCache;
import org.borderliaison.shared.ScopeService;
import org.borderliaison.shared.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A summary's dozen queries run on the executor's threads as the signed-in user and within the caller's web request,
 * so the reader's scope, which every module's query asks for, is worked out once per summary, not once per query.
 */
class SummaryExecutorTests {

    private final SummaryExecutor executor = new SummaryExecutor(4);

    @AfterEach
    void tearDown() {
        executor.destroy();
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theQueriesOfOneSummaryWorkTheReadersScopeOutOnce() {
        CountingHierarchy hierarchy = new CountingHierarchy();
        ScopeService scopes = new ScopeService(hierarchy, Clock.fixed(java.time.Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC),
                new ScopeCache());
        SignedInUser reader = new SignedInUser(41, "summary-scope-reader", "x", "Reader", 7, Set.of(Role.REPORTER), true, true);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(reader, null, reader.getAuthorities()));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        List<CompletableFuture<Set<Long>>> queries = new java.util.ArrayList<>();
        scopes.visible(); // the summary asks first on the request's thread (its attribution)
        for (int i = 0; i < 12; i++) {
            queries.add(executor.submit(() -> scopes.visible().orElseThrow().ids()));
        }

        queries.forEach(query -> assertThat(SummaryExecutor.join(query)).containsExactlyInAnyOrder(7L, 8L));
        assertThat(hierarchy.positions.get()).isEqualTo(1);
        assertThat(hierarchy.subTrees.get()).isEqualTo(1);
    }

    @Test
    void outsideAWebRequestTheQueriesShareTheScopeKeptAcrossRequestsUntilTheTreeChanges() {
        CountingHierarchy hierarchy = new CountingHierarchy();
        ScopeCache cache = new ScopeCache();
        ScopeService scopes = new ScopeService(hierarchy, Clock.systemUTC(), cache);
        SignedInUser reader = new SignedInUser(42, "summary-scope-batch", "x", "Batch", 7, Set.of(Role.REPORTER), true, true);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(reader, null, reader.getAuthorities()));

        SummaryExecutor.join(executor.submit(() -> scopes.visible().orElseThrow()));
        SummaryExecutor.join(executor.submit(() -> scopes.visible().orElseThrow()));
        assertThat(hierarchy.subTrees.get()).isEqualTo(1);

        cache.treeChanged(new AgencyTreeChanged(7));
        SummaryExecutor.join(executor.submit(() -> scopes.visible().orElseThrow()));
        assertThat(hierarchy.subTrees.get()).isEqualTo(2);
    }

    /** Agency 7 at /7/ with one unit, 8, beneath it; counts what the scope asks. */
    private static final class CountingHierarchy implements AgencyHierarchy {

        final AtomicInteger positions = new AtomicInteger();
        final AtomicInteger subTrees = new AtomicInteger();

        @Override
        public Optional<Position> position(long agencyId) {
            positions.incrementAndGet();
            return Optional.of(new Position(agencyId, "/" + agencyId + "/", false));
        }

        @Override
        public Collection<Long> idsUnder(String pathPrefix) {
            subTrees.incrementAndGet();
            return List.of(7L, 8L);
        }

        @Override
        public List<Position> mergedInto(String pathPrefix) {
            return List.of();
        }

        @Override
        public List<DatedAgencies.AgencyPeriod> pastBeneath(Collection<Long> ancestorIds, LocalDate today) {
            return List.of();
        }

        @Override
        public List<DatedAgencies.AgencyPeriod> beneath(long ancestorId) {
            return List.of();
        }

        @Override
        public long treeGeneration() {
            return 0;
        }
    }
}
