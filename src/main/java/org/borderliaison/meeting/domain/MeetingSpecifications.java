package org.borderliaison.meeting.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.DatedAgencies;
import org.borderliaison.shared.SearchText;
import org.springframework.data.jpa.domain.Specification;

/**
 * The one translation of a {@link MeetingFilter} and the user's scope into SQL, shared by the list, the
 * API and the aggregate of the summary so that they cannot disagree. Conditions on agencies and topics
 * are {@code exists} sub-queries, so a meeting with three partners is still one row.
 */
final class MeetingSpecifications {

    private MeetingSpecifications() {
    }

    /**
     * What the cooperation summary counts: {@link #matching} without the kinds that are no contact with the other
     * side (domestic working visits), which are records of their own but no cooperation.
     */
    static Specification<Meeting> cooperation(MeetingFilter filter, Optional<DatedAgencies> visible) {
        List<MeetingKind> withPartner = Arrays.stream(MeetingKind.values()).filter(MeetingKind::hasPartner).toList();
        return matching(filter, visible).and((root, query, cb) -> root.get("kind").in(withPartner));
    }

    /** Meetings matching the filter and, when {@code visible} is present, involving one of those agencies. */
    static Specification<Meeting> matching(MeetingFilter filter, Optional<DatedAgencies> visible) {
        return (root, query, cb) -> {
            List<Predicate> parts = new ArrayList<>();
            // A meeting with one of our agencies on our side involves a visible agency when ours are all visible
            // whatever the date (the summary's case): the scope's sub-query would only repeat that one.
            Set<Long> ours = filter.ourAgencyIds();
            visible.filter(scope -> ours == null || ours.isEmpty() || !scope.undatedIds().containsAll(ours))
                    .ifPresent(scope -> parts.add(withAgency(root, query, cb, filter, onSide(null, scope))));
            if (filter.from() != null) {
                parts.add(cb.greaterThanOrEqualTo(root.get("startDate"), filter.from()));
            }
            if (filter.to() != null) {
                parts.add(cb.lessThanOrEqualTo(root.get("startDate"), filter.to()));
            }
            if (filter.kind() != null) {
                parts.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.status() != null) {
                parts.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.ourAgencyIds() != null) {
                parts.add(withAgency(root, query, cb, filter, onSide(Side.OUR, filter.oursOverTime() != null ? filter.oursOverTime()
                        : DatedAgencies.always(filter.ourAgencyIds()))));
            }
            if (filter.partnerAgencyIds() != null) {
                parts.add(withAgency(root, query, cb, filter, onSide(Side.PARTNER, filter.partnersOverTime() != null
                        ? filter.partnersOverTime() : DatedAgencies.always(filter.partnerAgencyIds()))));
            }
            if (filter.partnerCountry() != null) {
                parts.add(withAgency(root, query, cb, filter, (agency, b) -> b.and(b.equal(agency.get("side"), Side.PARTNER),
                        b.equal(agency.get("country"), filter.partnerCountry()))));
            }
            if (filter.field() != null) {
                parts.add(withTopic(root, query, cb, filter.field()));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                parts.add(cb.like(root.get("searchText"), SearchText.likePattern(filter.q()), '\\'));
            }
            return cb.and(parts.toArray(Predicate[]::new));
        };
    }

    /** One of {@code agencies} (on the meeting's date) on that side ({@code null}: on either side). */
    private static BiFunction<Join<Meeting, MeetingAgency>, CriteriaBuilder, Predicate> onSide(Side side, DatedAgencies agencies) {
        return (agency, cb) -> {
            if (agencies.ids().isEmpty()) {
                return cb.disjunction();
            }
            // The link carries the meeting's start date: the sub-tree or scope of that date (plain "in" when undated).
            Predicate among = agencies.predicate(cb, agency.get("agencyId"), agency.get("startDate"));
            return side == null ? among : cb.and(cb.equal(agency.get("side"), side), among);
        };
    }

    private static Predicate withAgency(Root<Meeting> root, CriteriaQuery<?> query, CriteriaBuilder cb, MeetingFilter filter,
            BiFunction<Join<Meeting, MeetingAgency>, CriteriaBuilder, Predicate> condition) {
        Subquery<Integer> link = query.subquery(Integer.class);
        Join<Meeting, MeetingAgency> agency = link.correlate(root).join("agencies");
        return cb.exists(link.select(cb.literal(1)).where(condition.apply(agency, cb), linkDated(agency, cb, filter)));
    }

    /**
     * The filter's dates once more, on the link's copy of the meeting's start date: the same rows, but the database can
     * then read an agency's links of those dates alone from ix_meeting_agency_date (agency, side, start date) instead of
     * all its links of every year (a province's summary with a partner: 116 -> 26 ms on the national data set).
     */
    static Predicate linkDated(Join<Meeting, MeetingAgency> agency, CriteriaBuilder cb, MeetingFilter filter) {
        List<Predicate> dates = new ArrayList<>();
        if (filter.from() != null) {
            dates.add(cb.greaterThanOrEqualTo(agency.get("startDate"), filter.from()));
        }
        if (filter.to() != null) {
            dates.add(cb.lessThanOrEqualTo(agency.get("startDate"), filter.to()));
        }
        return cb.and(dates.toArray(Predicate[]::new));
    }

    private static Predicate withTopic(Root<Meeting> root, CriteriaQuery<?> query, CriteriaBuilder cb, CooperationField field) {
        Subquery<Integer> topic = query.subquery(Integer.class);
        Join<Meeting, CooperationField> topics = topic.correlate(root).join("topics");
        return cb.exists(topic.select(cb.literal(1)).where(cb.equal(topics, field)));
    }
}
