package org.borderliaison.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A reader's scope is kept across requests, per day and per generation of the tree: the next day and a change of the
 * tree work it out again, and a scope worked out while the tree changed is never kept. The hierarchy here is a small
 * fake that answers from placements the way the agency module does (today's sub-tree by path, the other periods by
 * date), so that what a day or a change does to the answer is visible.
 */
class ScopeCacheTests {

    /** Unit 8 is placed under province 7 from 1 July 2026; 9 is a unit of 7 always. */
    private static final LocalDate PLACED = LocalDate.of(2026, 7, 1);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-06-30T10:00:00Z"));
    private final FakeHierarchy hierarchy = new FakeHierarchy();
    private final ScopeCache cache = new ScopeCache();
    private final ScopeService scopes = new ScopeService(hierarchy, clock, cache);

    @BeforeEach
    void signIn() {
        SignedInUser reader = new SignedInUser(51, "scope-cache-reader", "x", "Reader", 7, Set.of(Role.VIEWER), true, true);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(reader, null, reader.getAuthorities()));
    }

    @AfterEach
    void tearDown() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theScopeIsWorkedOutOnceAcrossRequestsAndAgainAfterTheTreeChanged() {
        inNewRequest(scopes::visible);
        inNewRequest(scopes::visible);
        inNewRequest(() -> scopes.covers(9));
        inNewRequest(() -> scopes.covers(9));
        assertThat(hierarchy.subTrees.get()).as("one working-out for four requests").isEqualTo(1);
        assertThat(hierarchy.positions.get()).as("the reader's own agency and unit 9, each looked up once").isEqualTo(2);

        hierarchy.placements.add(new Placed(10, 7, null, null));
        assertThat(inNewRequest(() -> scopes.visible().orElseThrow().ids())).as("not announced yet: the kept scope")
                .doesNotContain(10L);
        cache.treeChanged(new AgencyTreeChanged(10));

        assertThat(inNewRequest(() -> scopes.visible().orElseThrow().ids())).contains(10L);
        assertThat(hierarchy.subTrees.get()).isEqualTo(2);
        assertThat(hierarchy.positions.get()).as("positions are dropped with the scopes").isEqualTo(3);
    }

    @Test
    void theNextDayWorksTheScopeOutAgain() {
        LocalDate lastDayBefore = PLACED.minusDays(1);
        assertThat(inNewRequest(() -> scopes.visible().orElseThrow().covers(8L, lastDayBefore)))
                .as("on 30 June unit 8 counts from 1 July only").isFalse();
        assertThat(inNewRequest(() -> scopes.visible().orElseThrow().covers(8L, PLACED))).isTrue();

        clock.moveTo(Instant.parse("2026-07-01T00:00:01Z"));

        assertThat(inNewRequest(() -> scopes.visible().orElseThrow().covers(8L, lastDayBefore)))
                .as("from 1 July unit 8 is in today's sub-tree, whose records count whatever their date").isTrue();
        assertThat(hierarchy.subTrees.get()).isEqualTo(2);
    }

    @Test
    void aScopeWorkedOutWhileTheTreeChangedIsNotKept() {
        // The change commits while the reader's scope is being worked out from the tree as it was.
        hierarchy.duringNextSubTree = () -> {
            hierarchy.placements.add(new Placed(10, 7, null, null));
            cache.treeChanged(new AgencyTreeChanged(10));
        };
        assertThat(inNewRequest(() -> scopes.visible().orElseThrow().ids())).as("worked out from the old tree").doesNotContain(10L);

        assertThat(inNewRequest(() -> scopes.visible().orElseThrow().ids())).as("not served again").contains(10L);
        assertThat(hierarchy.subTrees.get()).isEqualTo(2);
    }

    @Test
    void aChangeCommittedOnAnotherInstanceIsSeenByTheStoredGeneration() {
        inNewRequest(scopes::visible);
        hierarchy.placements.add(new Placed(10, 7, null, null));
        hierarchy.stored++;

        assertThat(inNewRequest(() -> scopes.visible().orElseThrow().ids())).contains(10L);
        assertThat(hierarchy.subTrees.get()).isEqualTo(2);
        assertThat(hierarchy.generationsRead.get()).as("once per request").isEqualTo(2);
    }

    @Test
    void aRequestThatReadTheGenerationBeforeAChangeKeepsNothingForTheOthers() {
        hierarchy.stored = 5;
        inNewRequest(scopes::visible);
        hierarchy.stored = 4; // a request that read the generation just before the change committed
        inNewRequest(scopes::visible);
        hierarchy.stored = 5;
        inNewRequest(scopes::visible);

        assertThat(hierarchy.subTrees.get()).as("the late request worked it out for itself only").isEqualTo(2);
    }

    @Test
    void unknownAgenciesAreNotKept() {
        inNewRequest(() -> scopes.covers(404));
        inNewRequest(() -> scopes.covers(404));

        assertThat(hierarchy.unknownAsked.get()).isEqualTo(2);
    }

    @Test
    void valuesKeptWithTheTreeAreWorkedOutOnlyForTheIdsNotKeptAndAgainAfterAChange() {
        List<Collection<Long>> asked = new ArrayList<>();
        java.util.function.Function<Collection<Long>, java.util.Map<Long, String>> names = ids -> {
            asked.add(List.copyOf(ids));
            java.util.Map<Long, String> found = new java.util.HashMap<>();
            ids.stream().filter(id -> id != 404).forEach(id -> found.put(id, "agency " + id + " as of change " + hierarchy.stored));
            return found;
        };
        record NameKey(long id) {
        }

        assertThat(inNewRequest(() -> scopes.keptWithTree(List.of(7L, 8L), NameKey::new, String.class, names)))
                .containsOnlyKeys(7L, 8L);
        assertThat(inNewRequest(() -> scopes.keptWithTree(Arrays.asList(7L, 9L, 404L, null), NameKey::new, String.class, names)))
                .as("null and unknown ids left out").containsOnlyKeys(7L, 9L);
        assertThat(inNewRequest(() -> scopes.keptWithTree(List.of(8L, 9L, 404L), NameKey::new, String.class, names)))
                .containsEntry(8L, "agency 8 as of change 0");
        assertThat(asked).as("each known id worked out once; the unknown one each time")
                .containsExactly(List.of(7L, 8L), List.of(9L, 404L), List.of(404L));

        hierarchy.stored++;
        assertThat(inNewRequest(() -> scopes.keptWithTree(List.of(8L), NameKey::new, String.class, names)))
                .as("a change stored by another instance").containsEntry(8L, "agency 8 as of change 1");
        cache.treeChanged(new AgencyTreeChanged(8));
        inNewRequest(() -> scopes.keptWithTree(List.of(8L), NameKey::new, String.class, names));
        assertThat(asked).hasSize(5);
    }

    /** {@code work} in a web request of its own, as each page is. */
    private static <T> T inNewRequest(java.util.function.Supplier<T> work) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            return work.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private record Placed(long agencyId, long parentId, LocalDate from, LocalDate until) {

        boolean on(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || day.isBefore(until));
        }
    }

    /** Province 7 at /7/; its units by their placements, the sub-tree of today by the clock's day. */
    private final class FakeHierarchy implements AgencyHierarchy {

        final List<Placed> placements = new ArrayList<>(List.of(new Placed(9, 7, null, null), new Placed(8, 7, PLACED, null)));
        final AtomicInteger positions = new AtomicInteger();
        final AtomicInteger subTrees = new AtomicInteger();
        final AtomicInteger unknownAsked = new AtomicInteger();
        final AtomicInteger generationsRead = new AtomicInteger();
        Runnable duringNextSubTree;
        /** The generation in the database, advanced by a change committed on another instance. */
        long stored;

        @Override
        public Optional<Position> position(long agencyId) {
            if (agencyId == 404) {
                unknownAsked.incrementAndGet();
                return Optional.empty();
            }
            positions.incrementAndGet();
            return Optional.of(new Position(agencyId, agencyId == 7 ? "/7/" : "/7/" + agencyId + "/", false));
        }

        @Override
        public Collection<Long> idsUnder(String pathPrefix) {
            subTrees.incrementAndGet();
            LocalDate today = LocalDate.now(clock);
            List<Long> ids = new ArrayList<>(List.of(7L));
            placements.stream().filter(placement -> placement.on(today)).forEach(placement -> ids.add(placement.agencyId()));
            if (duringNextSubTree != null) {
                Runnable change = duringNextSubTree;
                duringNextSubTree = null;
                change.run();
            }
            return ids;
        }

        @Override
        public List<Position> mergedInto(String pathPrefix) {
            return List.of();
        }

        @Override
        public List<DatedAgencies.AgencyPeriod> pastBeneath(Collection<Long> ancestorIds, LocalDate today) {
            return placements.stream().filter(placement -> placement.until() != null
                            || (placement.from() != null && placement.from().isAfter(today)))
                    .map(placement -> new DatedAgencies.AgencyPeriod(placement.agencyId(), placement.from(), placement.until()))
                    .toList();
        }

        @Override
        public List<DatedAgencies.AgencyPeriod> beneath(long ancestorId) {
            return List.of();
        }

        @Override
        public long treeGeneration() {
            generationsRead.incrementAndGet();
            return stored;
        }
    }

    /** A clock the test moves past an effective date. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void moveTo(Instant later) {
            now = later;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
