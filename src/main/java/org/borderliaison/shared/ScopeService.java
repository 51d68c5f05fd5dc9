package org.borderliaison.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place that decides which agencies the current user may see and edit. Every module asks it,
 * so list, detail, search, export, report and API cannot disagree.
 *
 * <p><b>Scope over time.</b> A user sees a record when one of its agencies lies in the user's sub-tree on the record's
 * date <em>or</em> today, and the sub-tree includes what it absorbed: an agency merged into one of its agencies, with
 * that agency's own sub-tree (transitively). So the old province keeps the records its units made while they were its
 * own; the province they moved to sees them too (they are its units today); the successor of a merge sees the
 * absorbed agency's whole history. {@link #visible()} gives this as {@link DatedAgencies}: today's agencies whatever
 * the date, and the periods of the agencies that were beneath the user's agency (or an absorbed one) but are not now.
 * Without such periods (no reorganisation moved anything out) it is the plain set of ids the lists always used.
 *
 * <p><b>Editing follows seeing</b> for the record's own (Vietnamese-side) agency: an officer may edit a record when that
 * agency is in scope on the record's date or today ({@link #covers(long, LocalDate)}). The owner of the history stays
 * the one who can correct it: the old province corrects its units' records of the years they were its own, the
 * successor of a merge corrects what it absorbed (it answers for that history now, and no one else can).
 */
@Service
public class ScopeService {

    private final AgencyHierarchy hierarchy;
    private final Clock clock;
    private final ScopeCache cache;

    public ScopeService(AgencyHierarchy hierarchy, Clock clock, ScopeCache cache) {
        this.hierarchy = hierarchy;
        this.clock = clock;
        this.cache = cache;
    }

    /** The signed-in user's scope, worked out once per web request like {@link #visible(Scope)}. */
    public Scope current() {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        return inRequest(ScopeService.class.getName() + ".scope." + user.userId(), Scope.class, () -> of(user));
    }

    public Scope of(SignedInUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return Scope.EVERYTHING;
        }
        return position(user.agencyId())
                .map(position -> position.central() ? Scope.EVERYTHING : Scope.subTree(position.agencyId(), position.path()))
                .orElseThrow(() -> new AccessDeniedException("user without a known agency"));
    }

    /** The agencies whose records the current user sees, over time; empty when the user sees everything. */
    public Optional<DatedAgencies> visible() {
        Scope scope = current();
        return scope.unrestricted() ? Optional.empty() : Optional.of(visible(scope));
    }

    /**
     * {@link #visible()} of a restricted scope: the rule (see the class comment). Kept across requests per scope and
     * day until the tree changes ({@link ScopeCache}), and within a web request as first read (a page asks several
     * times: list, edit buttons, pickers), so that one request never sees its reader's scope change halfway.
     */
    public DatedAgencies visible(Scope scope) {
        return inRequest(ScopeService.class.getName() + ".visible." + scope.rootAgencyId(), DatedAgencies.class, () -> {
            LocalDate today = LocalDate.now(clock);
            return cache.get(new VisibleKey(scope.rootAgencyId(), scope.rootPath()), today, treeGeneration(), DatedAgencies.class,
                    () -> workOut(scope, today));
        });
    }

    /**
     * Values worked out from the agency table alone (an agency's names, kind, place...), kept like the scopes: for one
     * state of the tree and one day, so a change of any agency (which always advances the tree's generation) is seen
     * by the next request. {@code workOut} gets the ids not kept and leaves out the unknown ones.
     */
    public <V> Map<Long, V> keptWithTree(Collection<Long> ids, Function<Long, Object> key, Class<V> type,
            Function<Collection<Long>, Map<Long, V>> workOut) {
        return cache.getAll(ids, key, LocalDate.now(clock), treeGeneration(), type, workOut);
    }

    /** The cache key of a restricted scope's {@link DatedAgencies}. */
    private record VisibleKey(long rootAgencyId, String rootPath) {
    }

    /** The cache key of an agency's {@link AgencyHierarchy.Position}. */
    private record PositionKey(long agencyId) {
    }

    /** The agency's place in today's tree, kept across requests like the scopes (unknown agencies are not kept). */
    private Optional<AgencyHierarchy.Position> position(long agencyId) {
        return Optional.ofNullable(cache.get(new PositionKey(agencyId), LocalDate.now(clock), treeGeneration(),
                AgencyHierarchy.Position.class, () -> hierarchy.position(agencyId).orElse(null)));
    }

    /** The stored generation of the tree, read once per web request (one small query instead of the scope's several). */
    private long treeGeneration() {
        return inRequest(ScopeService.class.getName() + ".treeGeneration", Long.class, hierarchy::treeGeneration);
    }

    /** {@code value} kept in the current web request under {@code key}, worked out by the first to ask (outside one: each time). */
    private static <T> T inRequest(String key, Class<T> type, java.util.function.Supplier<T> value) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && type.isInstance(request.getAttribute(key, RequestAttributes.SCOPE_REQUEST))) {
            return type.cast(request.getAttribute(key, RequestAttributes.SCOPE_REQUEST));
        }
        T worked = value.get();
        if (request != null) {
            request.setAttribute(key, worked, RequestAttributes.SCOPE_REQUEST);
        }
        return worked;
    }

    private DatedAgencies workOut(Scope scope, LocalDate today) {
        Set<Long> beneath = new HashSet<>(hierarchy.idsUnder(scope.rootPath()));
        List<Long> roots = new ArrayList<>(List.of(scope.rootAgencyId()));
        Deque<String> paths = new ArrayDeque<>(List.of(scope.rootPath()));
        while (!paths.isEmpty()) {
            for (AgencyHierarchy.Position absorbed : hierarchy.mergedInto(paths.pop())) {
                if (beneath.add(absorbed.agencyId())) {
                    beneath.addAll(hierarchy.idsUnder(absorbed.path()));
                    roots.add(absorbed.agencyId());
                    paths.push(absorbed.path());
                }
            }
        }
        return DatedAgencies.of(beneath, hierarchy.pastBeneath(roots, today));
    }

    /**
     * Whether the current user's scope covers the agency today or at some time (absorbed agencies included): whether
     * the user may ask for its totals or summary, which then count only what the user sees. Unknown agencies are not
     * covered.
     */
    public boolean covers(long agencyId) {
        Scope scope = current();
        Optional<AgencyHierarchy.Position> position = position(agencyId);
        if (position.isEmpty()) {
            return false;
        }
        return scope.covers(position.get().path()) || visible(scope).ids().contains(agencyId);
    }

    /**
     * Whether a record of the agency dated {@code day} lies in the current user's scope: on that day or today (a record
     * without a date yet, such as a draft agreement: today).
     */
    public boolean covers(long agencyId, LocalDate day) {
        Scope scope = current();
        Optional<AgencyHierarchy.Position> position = position(agencyId);
        if (position.isEmpty()) {
            return false;
        }
        return scope.covers(position.get().path()) || visible(scope).covers(agencyId, day == null ? LocalDate.now(clock) : day);
    }

    /**
     * Refuses an agency the current user may not see, named by the request's {@code field}: the one refusal (422,
     * {@code error.agencyOutOfScope}) of every total and summary asked for an agency. Unknown agencies are refused
     * alike, so the answer does not tell whether an agency outside the scope exists.
     */
    public void requireCovered(long agencyId, String field) {
        if (!covers(agencyId)) {
            throw new BusinessRuleException(field, "error.agencyOutOfScope");
        }
    }
}
