package org.borderliaison.meeting.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import org.borderliaison.shared.CandidatePages;
import org.borderliaison.shared.DatedAgencies;
import org.borderliaison.shared.ListCursor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * Reads a page of the meeting list, in date order, through the links of the agencies the list is restricted to (the
 * partner filter, our agencies, or the reader's scope) instead of reading every meeting in date order and probing its
 * links, or sorting every meeting of a province ({@link CandidatePages}: the links are the candidates, in date order
 * from one index on PostgreSQL, {@code ix_meeting_agency_date}). Pages asked for by number are read so too: the
 * ordinary query sorted every meeting of a province (a quarter of a second on the national data set) to skip 980.
 * Lists sorted otherwise and restrictions to more than {@value #MAX_AGENCIES} agencies (an IN list H2 handles badly)
 * are not read this way.
 */
final class MeetingsThroughLinks {

    static final int MAX_AGENCIES = 500;
    /** The most links a count of a text search reads ({@link #countMatchingAfter}). */
    static final int COUNTED_LINKS = 2000;
    /** The most agencies whose links are read in order, one index range each, and merged ({@link #links}). */
    static final int MERGED_RANGES = 64;

    /**
     * The rows of one page of a query (the list's columns, or the ids alone for a count): matching, in {@code order}
     * (with the id), at most {@code limit}.
     */
    @FunctionalInterface
    interface Rows<R> {

        List<R> read(Specification<Meeting> matching, Sort order, int limit);
    }

    /**
     * Which links lead to the list's meetings: agencies, on one side or on either ({@code side} null); and the list's
     * filter and scope without the condition that a meeting reached through those links meets anyway, for the query of
     * the candidates (an {@code exists} over every link of a province costs more than the page).
     */
    record Agencies(Set<Long> ids, Side side, MeetingFilter rest, Optional<DatedAgencies> restVisible) {
    }

    private final EntityManager entityManager;

    MeetingsThroughLinks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The agencies whose links hold every meeting the list may show: the partner filter's, else our agencies', else the
     * reader's scope; empty when the list is not restricted to a few agencies.
     */
    static Optional<Agencies> restriction(MeetingFilter filter, Optional<DatedAgencies> visible) {
        Agencies agencies;
        if (filter.partnerAgencyIds() != null) {
            // A partner sub-tree over time is kept in the rest: its links are every agency ever beneath, the date decides.
            agencies = new Agencies(filter.partnerAgencyIds(), Side.PARTNER,
                    filter.partnersDated() ? filter : filter.withPartnerAgencyIds(null), visible);
        } else if (filter.ourAgencyIds() != null) {
            // Not relaxed: without our agencies the specification would ask for the scope instead (MeetingSpecifications).
            agencies = new Agencies(filter.ourAgencyIds(), Side.OUR, filter, visible);
        } else if (visible.isPresent()) {
            // A scope over time is every agency it ever holds; the rest keeps it, to apply the dates.
            agencies = new Agencies(visible.get().ids(), null, filter, visible.get().undated() ? Optional.empty() : visible);
        } else {
            return Optional.empty();
        }
        return agencies.ids().isEmpty() || agencies.ids().size() > MAX_AGENCIES ? Optional.empty() : Optional.of(agencies);
    }

    /**
     * The rows of the page {@code pageable} asks for, in the list's order, read through {@code agencies}' links; empty
     * when the page is not one this reads ({@link CandidatePages#page}).
     *
     * @param beyond the list's rows after a cursor, in a direction (the fallback after {@link CandidatePages#ROUNDS} rounds)
     */
    <R> Optional<List<R>> page(Agencies agencies, Specification<Meeting> matching, Pageable pageable, Rows<R> rows,
            BiFunction<ListCursor, Sort.Order, Specification<Meeting>> beyond) {
        Specification<Meeting> rest = MeetingSpecifications.matching(agencies.rest(), agencies.restVisible());
        return CandidatePages.page(pageable, "startDate", LocalDate.class,
                (from, order, batch) -> links(agencies, order.isDescending(), from, batch),
                (ids, order, limit) -> rows.read(rest.and((root, query, cb) -> root.get("id").in(ids)), order, limit),
                (from, order, limit) -> rows.read(matching.and(beyond.apply(from, order)),
                        Sort.by(order, new Sort.Order(order.getDirection(), "id")), limit),
                agencies.rest().equals(MeetingFilter.ALL) && agencies.restVisible().isEmpty());
    }

    /**
     * How many meetings come after {@code last} in the list's {@code order}, counting no further than {@code limit}, from
     * the agencies' links alone (an index-only read on PostgreSQL); empty when the list asks more of a meeting than a link
     * of those agencies (then each meeting must be read), or when the links of two agencies of one meeting leave it open.
     * A partner filter of a provincial reader (the rest asks only that the meeting be in the reader's scope, whatever its
     * date) is counted from links too: the partner's links whose meeting has a link of the scope. The ordinary count read
     * each meeting and probed both conditions (a province with a partner: 4,200 buffers, 6 to 15 ms on the national data
     * set); the links alone read some 130 buffers.
     */
    @SuppressWarnings("unchecked")
    OptionalLong countAfter(Agencies agencies, ListCursor last, Sort.Order order, int limit) {
        Optional<Set<Long>> scope = linkedScope(agencies);
        if (!agencies.rest().equals(MeetingFilter.ALL) || scope.isEmpty()) {
            return OptionalLong.empty();
        }
        // A meeting of two of the agencies has two links: twice the links tell "at least limit" or the exact number.
        int links = 2 * limit;
        Query query = linksAfter("select meeting_id", agencies, order.isDescending(), last, scope.get().isEmpty() ? ""
                : " and exists (select 1 from meeting_agency seen where seen.meeting_id = meeting_agency.meeting_id"
                        + " and seen.agency_id in (:scope))");
        if (!scope.get().isEmpty()) {
            query.setParameter("scope", scope.get());
        }
        List<Object> ids = query.setMaxResults(links).getResultList();
        long meetings = ids.stream().map(id -> ((Number) id).longValue()).distinct().count();
        if (meetings >= limit) {
            return OptionalLong.of(limit);
        }
        return ids.size() < links ? OptionalLong.of(meetings) : OptionalLong.empty();
    }

    /**
     * How many meetings come after {@code last} in the list's {@code order}, counting no further than {@code limit}, for a
     * list that asks more of a meeting than its links tell (a text search of a province): the links of the agencies after
     * {@code last}, unordered and at most {@value #COUNTED_LINKS} (an index range per agency, nothing sorted), then the
     * meetings among them that match the rest of the filter, {@value #MAX_AGENCIES} ids at a time, until {@code limit}
     * match; empty when that many links match fewer (then the ordinary count decides). The ordinary count joined every link
     * of the province and read meetings in table order until a hundred matched (a province's "hội đàm": 15 to 21 ms on the
     * national data set).
     */
    OptionalLong countMatchingAfter(Agencies agencies, ListCursor last, Sort.Order order, int limit, Rows<Long> ids) {
        Specification<Meeting> rest = MeetingSpecifications.matching(agencies.rest(), agencies.restVisible());
        @SuppressWarnings("unchecked")
        List<Object> links = linksAfter("select meeting_id", agencies, order.isDescending(), last, "").setMaxResults(COUNTED_LINKS)
                .getResultList();
        List<Long> candidates = links.stream().map(id -> ((Number) id).longValue()).distinct().toList();
        long found = 0;
        for (int from = 0; from < candidates.size() && found < limit; from += MAX_AGENCIES) {
            List<Long> chunk = candidates.subList(from, Math.min(candidates.size(), from + MAX_AGENCIES));
            found += ids.read(rest.and((root, query, cb) -> root.get("id").in(chunk)), Sort.unsorted(), (int) (limit - found)).size();
        }
        if (found >= limit) {
            return OptionalLong.of(limit);
        }
        return links.size() < COUNTED_LINKS ? OptionalLong.of(found) : OptionalLong.empty();
    }

    /**
     * The agencies of the reader's scope a meeting of the list must have a link of besides {@code agencies}' (the rest of
     * the filter asking nothing else): none (an empty set) when the rest asks nothing at all; empty when the scope is one
     * over time (its dates apply to each link) or asks more.
     */
    private static Optional<Set<Long>> linkedScope(Agencies agencies) {
        if (agencies.restVisible().isEmpty()) {
            return Optional.of(Set.of());
        }
        DatedAgencies scope = agencies.restVisible().get();
        return scope.undated() && !scope.ids().isEmpty() && scope.ids().size() <= MAX_AGENCIES ? Optional.of(scope.ids())
                : Optional.empty();
    }

    /**
     * The next links of the agencies after {@code from} (null: from the start), in date and meeting order: one index
     * range per agency (on PostgreSQL {@code ix_meeting_agency_date}, or {@code ix_meeting_agency_agency_date} for links
     * on either side), each read in order and merged
     * ({@link #MERGED_RANGES} at most; beyond, one read of every link of the agencies, sorted). An {@code agency_id in
     * (...)} list sorted by date read and sorted every link of those agencies on every page (a province's 12,000: 2.4 to
     * 4.6 ms on the national data set; a partner's 10,000: 1.2 to 2.9 ms); merged, the first page's 40 links are some 15
     * buffers.
     */
    @SuppressWarnings("unchecked")
    private List<ListCursor> links(Agencies agencies, boolean descending, ListCursor from, int batch) {
        String direction = descending ? "desc" : "asc";
        String order = " order by start_date " + direction + ", meeting_id " + direction;
        Query query;
        if (agencies.ids().size() <= MERGED_RANGES) {
            query = mergedLinksAfter(agencies.ids(), agencies.side(), descending, from, order, batch);
        } else {
            query = linksAfter("select meeting_id, start_date", agencies, descending, from, order);
        }
        return ((List<Object[]>) query.setMaxResults(batch).getResultList()).stream()
                .map(link -> new ListCursor(date(link[1]), ((Number) link[0]).longValue())).toList();
    }

    /**
     * The first {@code batch} links after {@code from} of each agency (on {@code side}, or on either when null), in
     * {@code order}, as one query: a union of one ordered range per agency, which the database merges (PostgreSQL: a Merge
     * Append over index-only scans of {@code ix_meeting_agency_date} (agency, side, date) or, either side,
     * {@code ix_meeting_agency_agency_date} (agency, date), each read only as far as the merged order needs it) instead of
     * sorting every link of the agencies.
     */
    private Query mergedLinksAfter(Set<Long> agencyIds, Side side, boolean descending, ListCursor from, String order, int batch) {
        String before = descending ? "<" : ">";
        String after = (side == null ? "" : " and side = :side") + (from == null ? "" : " and start_date " + before
                + "= :day and (start_date " + before + " :day or meeting_id " + before + " :id)");
        List<Long> ids = List.copyOf(agencyIds);
        StringBuilder sql = new StringBuilder("select meeting_id, start_date from (");
        for (int agency = 0; agency < ids.size(); agency++) {
            sql.append(agency == 0 ? "" : " union all ").append("(select meeting_id, start_date from meeting_agency where agency_id = :a")
                    .append(agency).append(after).append(order).append(" fetch first ").append(batch).append(" rows only)");
        }
        Query query = entityManager.createNativeQuery(sql.append(") links").append(order).toString());
        for (int agency = 0; agency < ids.size(); agency++) {
            query.setParameter("a" + agency, ids.get(agency));
        }
        if (side != null) {
            query.setParameter("side", side.name());
        }
        if (from != null) {
            query.setParameter("day", from.value()).setParameter("id", from.id());
        }
        return query;
    }

    /** {@code select} of the agencies' links after {@code from} (null: all), then {@code then}. */
    private Query linksAfter(String select, Agencies agencies, boolean descending, ListCursor from, String then) {
        String before = descending ? "<" : ">";
        StringBuilder sql = new StringBuilder(select).append(" from meeting_agency where agency_id in (:agencies)");
        if (agencies.side() != null) {
            sql.append(" and side = :side");
        }
        if (from != null) {
            // The first condition alone lets the index scan start at the cursor; the second drops the rows at it.
            sql.append(" and start_date ").append(before).append("= :day and (start_date ").append(before)
                    .append(" :day or meeting_id ").append(before).append(" :id)");
        }
        Query query = entityManager.createNativeQuery(sql.append(then).toString()).setParameter("agencies", agencies.ids());
        if (agencies.side() != null) {
            query.setParameter("side", agencies.side().name());
        }
        if (from != null) {
            query.setParameter("day", from.value()).setParameter("id", from.id());
        }
        return query;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
