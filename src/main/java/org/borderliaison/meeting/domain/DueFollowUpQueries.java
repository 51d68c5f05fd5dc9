package org.borderliaison.meeting.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.borderliaison.shared.DatedAgencies;
import org.springframework.data.domain.Pageable;

/**
 * Open follow-ups of recorded meetings due on or before a day (overdue ones included), among the meetings the reader
 * sees by the meeting list's own rule ({@link MeetingSpecifications#matching}: one of its agencies in the reader's scope
 * on the meeting's date or today). The page and its count share one condition, so the home card's total, the page, its
 * export and the API cannot disagree with each other or with the list.
 */
final class DueFollowUpQueries {

    private static final MeetingFilter RECORDED = MeetingFilter.ALL.withStatus(MeetingStatus.RECORDED);

    private final EntityManager entityManager;

    DueFollowUpQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Page {@code page} of them, soonest first (then by meeting and the follow-up's place in it); not counted. */
    List<DueFollowUpRow> page(LocalDate dueBy, Optional<DatedAgencies> visible, Pageable page) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<DueFollowUpRow> query = cb.createQuery(DueFollowUpRow.class);
        Root<Meeting> meeting = query.from(Meeting.class);
        ListJoin<Meeting, FollowUpAction> followUp = meeting.joinList("followUps");
        query.select(cb.construct(DueFollowUpRow.class, meeting.get("id"), meeting.get("version"), meeting.get("kind"),
                        meeting.get("title"), meeting.get("startDate"), followUp.index(), followUp.get("what"),
                        followUp.get("ownerAgencyId"), followUp.get("dueDate")))
                .where(due(cb, query, meeting, followUp, dueBy, visible))
                .orderBy(cb.asc(followUp.get("dueDate")), cb.asc(meeting.get("id")), cb.asc(followUp.index()));
        return entityManager.createQuery(query).setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize())
                .getResultList();
    }

    long count(LocalDate dueBy, Optional<DatedAgencies> visible) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Meeting> meeting = query.from(Meeting.class);
        ListJoin<Meeting, FollowUpAction> followUp = meeting.joinList("followUps");
        query.select(cb.count(followUp)).where(due(cb, query, meeting, followUp, dueBy, visible));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static Predicate due(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Meeting> meeting,
            ListJoin<Meeting, FollowUpAction> followUp, LocalDate dueBy, Optional<DatedAgencies> visible) {
        return cb.and(cb.equal(followUp.get("status"), FollowUpStatus.OPEN),
                cb.lessThanOrEqualTo(followUp.get("dueDate"), dueBy),
                MeetingSpecifications.matching(RECORDED, visible).toPredicate(meeting, query, cb));
    }
}
