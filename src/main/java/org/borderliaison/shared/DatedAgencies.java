package org.borderliaison.shared;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agencies together with the periods in which a record dated then belongs to them: what "the sub-tree of an agency by
 * the record's date" and "the reader's scope over time" both are. A record of agency {@code a} dated {@code d} is
 * covered when one span holds {@code a} and {@code from <= d < until} (an open bound: always).
 *
 * <p>In the common case (no reorganisation touched the sub-tree) there is one span without bounds and
 * {@link #predicate} is exactly the {@code agency in (...)} the lists always sent: the by-date condition costs nothing
 * where nothing changed.
 */
public record DatedAgencies(List<Span> spans) {

    /** {@code agencyIds} count from {@code from} (null: always) until the day before {@code until} (null: still). */
    public record Span(Set<Long> agencyIds, LocalDate from, LocalDate until) {

        public boolean covers(LocalDate day) {
            return (from == null || (day != null && !day.isBefore(from))) && (until == null || (day != null && day.isBefore(until)));
        }

        boolean unbounded() {
            return from == null && until == null;
        }
    }

    public DatedAgencies {
        spans = List.copyOf(spans);
    }

    /** These agencies whatever the record's date. */
    public static DatedAgencies always(Collection<Long> agencyIds) {
        return new DatedAgencies(List.of(new Span(Set.copyOf(agencyIds), null, null)));
    }

    /** One row of lineage: {@code agencyId} counted from {@code from} until {@code until}. */
    public record AgencyPeriod(long agencyId, LocalDate from, LocalDate until) {
    }

    /**
     * {@code always} whatever the date, and each period's agency within its period: the periods are grouped by their
     * bounds, so a reorganisation that moved many units on one day adds one span. Periods of agencies already counted
     * always are left out.
     */
    public static DatedAgencies of(Collection<Long> always, Collection<AgencyPeriod> periods) {
        List<Span> spans = new ArrayList<>();
        Set<Long> unbounded = new HashSet<>(always);
        Map<List<LocalDate>, Set<Long>> byBounds = new LinkedHashMap<>();
        for (AgencyPeriod period : periods) {
            if (unbounded.contains(period.agencyId())) {
                continue;
            }
            if (period.from() == null && period.until() == null) {
                unbounded.add(period.agencyId());
            } else {
                byBounds.computeIfAbsent(java.util.Arrays.asList(period.from(), period.until()), key -> new HashSet<>())
                        .add(period.agencyId());
            }
        }
        spans.add(new Span(Set.copyOf(unbounded), null, null));
        byBounds.forEach((bounds, ids) -> {
            ids.removeAll(unbounded);
            if (!ids.isEmpty()) {
                spans.add(new Span(Set.copyOf(ids), bounds.get(0), bounds.get(1)));
            }
        });
        return new DatedAgencies(spans);
    }

    /** Whether the agencies are the same whatever the date: the fast path, one {@code agency in (...)}. */
    public boolean undated() {
        return spans.stream().allMatch(Span::unbounded);
    }

    /** Every agency that counts at some date (for a first, index-friendly restriction; {@link #covers} decides). */
    public Set<Long> ids() {
        Set<Long> ids = new HashSet<>();
        spans.forEach(span -> ids.addAll(span.agencyIds()));
        return ids;
    }

    /** The agencies that count whatever the date. */
    public Set<Long> undatedIds() {
        Set<Long> ids = new HashSet<>();
        spans.stream().filter(Span::unbounded).forEach(span -> ids.addAll(span.agencyIds()));
        return ids;
    }

    public boolean covers(Long agencyId, LocalDate day) {
        return agencyId != null && spans.stream().anyMatch(span -> span.agencyIds().contains(agencyId) && span.covers(day));
    }

    /**
     * The agencies among {@code agencyIds} covered on every day from {@code from} to {@code to}: what a total over that
     * period may count (a caller splits its period at {@link #changesWithin} first, so each piece is all in or all out).
     */
    public Set<Long> coveredThroughout(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        Set<Long> kept = new HashSet<>();
        for (Long id : agencyIds) {
            boolean covered = spans.stream().anyMatch(span -> span.agencyIds().contains(id)
                    && (span.from() == null || (from != null && !from.isBefore(span.from())))
                    && (span.until() == null || (to != null && to.isBefore(span.until()))));
            if (covered) {
                kept.add(id);
            }
        }
        return kept;
    }

    /** The days after {@code from}, up to {@code to}, on which some agency begins or stops being covered. */
    public java.util.SortedSet<LocalDate> changesWithin(LocalDate from, LocalDate to) {
        java.util.SortedSet<LocalDate> days = new java.util.TreeSet<>();
        for (Span span : spans) {
            for (LocalDate day : java.util.Arrays.asList(span.from(), span.until())) {
                if (day != null && day.isAfter(from) && !day.isAfter(to)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    /** Whether one of the agencies is covered on {@code day}. */
    public boolean coversAny(Collection<Long> agencyIds, LocalDate day) {
        return agencyIds.stream().anyMatch(id -> covers(id, day));
    }

    /**
     * The condition "the record's {@code agency} on its {@code day} is covered", for a criteria query: in the common
     * case only {@code agency in (...)}.
     */
    public Predicate predicate(CriteriaBuilder cb, Expression<Long> agency, Expression<LocalDate> day) {
        if (spans.size() == 1 && spans.get(0).unbounded()) {
            return agency.in(spans.get(0).agencyIds());
        }
        List<Predicate> any = new ArrayList<>();
        for (Span span : spans) {
            if (span.agencyIds().isEmpty()) {
                continue;
            }
            List<Predicate> all = new ArrayList<>();
            all.add(agency.in(span.agencyIds()));
            if (span.from() != null) {
                all.add(cb.greaterThanOrEqualTo(day, span.from()));
            }
            if (span.until() != null) {
                all.add(cb.lessThan(day, span.until()));
            }
            any.add(all.size() == 1 ? all.get(0) : cb.and(all.toArray(Predicate[]::new)));
        }
        if (any.isEmpty()) {
            return agency.in(Set.of(-1L));
        }
        return any.size() == 1 ? any.get(0) : cb.or(any.toArray(Predicate[]::new));
    }
}
