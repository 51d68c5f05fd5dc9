package org.borderliaison.agreement.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jakarta.persistence.Tuple;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.agreement.AgreementTotal;
import org.borderliaison.shared.DatedAgencies;
import org.borderliaison.shared.ListPage;
import org.borderliaison.shared.SearchText;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Criteria queries for {@link AgreementQueries}: the same predicates feed the page and its count. */
class AgreementQueriesImpl implements AgreementQueries {

    /** What the list may be sorted by (anything else is ignored rather than reaching the database). */
    static final Map<String, String> SORTABLE = Map.of("signedOn", "signedOn", "titleVi", "titleVi", "title", "titleVi",
            "validTo", "validTo");

    private static final Collection<AgreementStatus> SIGNED_SUCCESSOR = List.of(AgreementStatus.IN_FORCE, AgreementStatus.TERMINATED);

    private final EntityManager entityManager;

    AgreementQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public ListPage<AgreementRowData> search(AgreementFilter filter, DatedAgencies visibleAgencyIds, DatedAgencies partnerAgencyIds,
            DatedAgencies ourAgencyIds, LocalDate today, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        Function<Where, List<Predicate>> predicates = where -> {
            List<Predicate> parts = new ArrayList<>();
            if (visibleAgencyIds != null) {
                parts.add(where.hasPartyIn(visibleAgencyIds));
            }
            if (partnerAgencyIds != null) {
                parts.add(where.hasPartyIn(partnerAgencyIds));
            }
            if (ourAgencyIds != null) {
                parts.add(where.hasPartyIn(ourAgencyIds));
            }
            if (filter.partnerCountry() != null) {
                parts.add(where.hasParty(party -> cb.equal(party.get("country"), filter.partnerCountry())));
            }
            Root<CooperationAgreement> a = where.root();
            if (filter.signedFrom() != null) {
                parts.add(cb.greaterThanOrEqualTo(a.get("signedOn"), filter.signedFrom()));
            }
            if (filter.signedTo() != null) {
                parts.add(cb.lessThanOrEqualTo(a.get("signedOn"), filter.signedTo()));
            }
            if (filter.kind() != null) {
                parts.add(cb.equal(a.get("kind"), filter.kind()));
            }
            if (filter.field() != null) {
                parts.add(cb.isMember(filter.field(), a.get("fields")));
            }
            if (filter.status() != null) {
                parts.add(status(cb, a, filter.status(), today));
            }
            if (filter.q() != null && !SearchText.fold(filter.q()).isEmpty()) {
                parts.add(cb.like(a.get("searchText"), SearchText.likePattern(filter.q()), '\\'));
            }
            return parts;
        };

        CriteriaQuery<AgreementRowData> query = cb.createQuery(AgreementRowData.class);
        Root<CooperationAgreement> root = query.from(CooperationAgreement.class);
        query.select(row(cb, root)).where(predicates.apply(new Where(cb, query, root)).toArray(Predicate[]::new))
                .orderBy(orders(cb, root, pageable.getSort()));
        List<AgreementRowData> content = entityManager.createQuery(query)
                .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList();

        boolean searched = filter.q() != null && !SearchText.fold(filter.q()).isEmpty();
        return ListPage.countingSearch(content, pageable, searched, (skip, limit) -> {
            CriteriaQuery<Integer> rows = cb.createQuery(Integer.class);
            Root<CooperationAgreement> counted = rows.from(CooperationAgreement.class);
            rows.select(cb.literal(1)).where(predicates.apply(new Where(cb, rows, counted)).toArray(Predicate[]::new));
            return entityManager.createQuery(rows).setFirstResult((int) skip).setMaxResults(limit).getResultList().size();
        });
    }

    @Override
    public List<AgreementRowData> expiring(DatedAgencies visibleAgencyIds, LocalDate horizon, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AgreementRowData> query = cb.createQuery(AgreementRowData.class);
        Root<CooperationAgreement> root = query.from(CooperationAgreement.class);
        query.select(row(cb, root)).where(expiringPredicates(new Where(cb, query, root), visibleAgencyIds, horizon))
                .orderBy(cb.asc(root.get("validTo")), cb.asc(root.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    @Override
    public long countExpiring(DatedAgencies visibleAgencyIds, LocalDate horizon) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<CooperationAgreement> root = query.from(CooperationAgreement.class);
        query.select(cb.count(root)).where(expiringPredicates(new Where(cb, query, root), visibleAgencyIds, horizon));
        return entityManager.createQuery(query).getSingleResult();
    }

    @Override
    public List<AgreementRowData> rows(Collection<Long> ids, DatedAgencies visibleAgencyIds) {
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AgreementRowData> query = cb.createQuery(AgreementRowData.class);
        Root<CooperationAgreement> root = query.from(CooperationAgreement.class);
        List<Predicate> parts = new ArrayList<>(List.of(root.get("id").in(ids)));
        if (visibleAgencyIds != null) {
            parts.add(new Where(cb, query, root).hasPartyIn(visibleAgencyIds));
        }
        query.select(row(cb, root)).where(parts.toArray(Predicate[]::new)).orderBy(cb.asc(root.get("id")));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public List<AgreementTotal> totals(Set<Long> ourAgencyIds, LocalDate from, LocalDate to, Set<Long> partnerAgencyIds,
            Country partnerCountry, DatedAgencies visibleAgencyIds) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<CooperationAgreement> a = query.from(CooperationAgreement.class);
        Where where = new Where(cb, query, a);
        Path<LocalDate> signedOn = a.get("signedOn");
        Path<LocalDate> validFrom = a.get("validFrom");
        Path<LocalDate> validTo = a.get("validTo");
        Path<AgreementStatus> status = a.get("status");
        List<Predicate> parts = new ArrayList<>();
        parts.add(where.hasPartyIn(ourAgencyIds));
        if (partnerAgencyIds != null) {
            parts.add(where.hasPartyIn(partnerAgencyIds));
        }
        if (partnerCountry != null) {
            parts.add(where.hasParty(party -> cb.equal(party.get("country"), partnerCountry)));
        }
        if (visibleAgencyIds != null) {
            parts.add(where.hasPartyIn(visibleAgencyIds));
        }
        // Only agreements that were signed (drafts and withdrawn ones never took effect) by the end of the period.
        parts.add(status.in(SIGNED_SUCCESSOR));
        parts.add(cb.isNotNull(signedOn));
        parts.add(cb.lessThanOrEqualTo(signedOn, to));
        Predicate signedInPeriod = cb.greaterThanOrEqualTo(signedOn, from);
        Predicate inForceAtEnd = cb.and(
                cb.or(cb.isNull(validFrom), cb.lessThanOrEqualTo(validFrom, to)),
                cb.or(cb.isNull(validTo), cb.greaterThanOrEqualTo(validTo, to)),
                cb.or(cb.equal(status, AgreementStatus.IN_FORCE), cb.greaterThan(a.get("terminatedOn"), to)));
        Expression<Long> one = cb.literal(1L);
        Expression<Long> zero = cb.literal(0L);
        query.multiselect(a.get("kind"),
                        cb.sum(cb.<Long>selectCase().when(signedInPeriod, one).otherwise(zero)),
                        cb.sum(cb.<Long>selectCase().when(inForceAtEnd, one).otherwise(zero)))
                .where(parts.toArray(Predicate[]::new))
                .groupBy(a.get("kind"))
                .orderBy(cb.asc(a.get("kind")));
        return entityManager.createQuery(query).getResultList().stream()
                .map(row -> new AgreementTotal(row.get(0, AgreementKind.class), number(row.get(1)), number(row.get(2))))
                .filter(total -> total.signed() > 0 || total.inForceAtEnd() > 0)
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Predicate[] expiringPredicates(Where where, DatedAgencies visibleAgencyIds, LocalDate horizon) {
        CriteriaBuilder cb = where.cb();
        Root<CooperationAgreement> a = where.root();
        List<Predicate> parts = new ArrayList<>();
        parts.add(cb.equal(a.get("status"), AgreementStatus.IN_FORCE));
        parts.add(cb.isNotNull(a.get("validTo")));
        parts.add(cb.lessThanOrEqualTo(a.get("validTo"), horizon));
        // A signed successor settles it: the old agreement has been renewed or replaced.
        Subquery<Integer> successor = where.query().subquery(Integer.class);
        Root<CooperationAgreement> later = successor.from(CooperationAgreement.class);
        successor.select(cb.literal(1)).where(cb.equal(later.get("replaces"), a), later.get("status").in(SIGNED_SUCCESSOR));
        parts.add(cb.not(cb.exists(successor)));
        if (visibleAgencyIds != null) {
            parts.add(where.hasPartyIn(visibleAgencyIds));
        }
        return parts.toArray(Predicate[]::new);
    }

    /** The effective status: "in force" and "expired" split the stored IN_FORCE by the end date. */
    private static Predicate status(CriteriaBuilder cb, Root<CooperationAgreement> a, AgreementStatus status, LocalDate today) {
        Path<AgreementStatus> stored = a.get("status");
        Path<LocalDate> validTo = a.get("validTo");
        return switch (status) {
            case EXPIRED -> cb.and(cb.equal(stored, AgreementStatus.IN_FORCE), cb.lessThan(validTo, today));
            case IN_FORCE -> cb.and(cb.equal(stored, AgreementStatus.IN_FORCE),
                    cb.or(cb.isNull(validTo), cb.greaterThanOrEqualTo(validTo, today)));
            default -> cb.equal(stored, status);
        };
    }

    private static Selection<AgreementRowData> row(CriteriaBuilder cb, Root<CooperationAgreement> a) {
        return cb.construct(AgreementRowData.class, a.get("id"), a.get("titleVi"), a.get("titlePartner"), a.get("kind"),
                a.get("status"), a.get("signedOn"), a.get("validFrom"), a.get("validTo"), a.get("referenceNumber"));
    }

    /**
     * Whitelisted sort properties, empty values last either way, then the id so pages never overlap. The
     * "empty last" is an explicit sort key: Hibernate leaves out {@code nulls last} on H2, assuming H2's
     * default null order, which the connection's {@code DEFAULT_NULL_ORDERING=HIGH} changes.
     */
    private static List<Order> orders(CriteriaBuilder cb, Root<CooperationAgreement> a, Sort sort) {
        List<Order> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String property = SORTABLE.get(order.getProperty());
            if (property != null) {
                addEmptyLast(cb, orders, a.get(property), order.isAscending());
            }
        }
        if (orders.isEmpty()) {
            addEmptyLast(cb, orders, a.get("signedOn"), false);
        }
        orders.add(cb.desc(a.get("id")));
        return orders;
    }

    private static void addEmptyLast(CriteriaBuilder cb, List<Order> orders, Expression<?> value, boolean ascending) {
        orders.add(cb.asc(cb.selectCase().when(cb.isNull(value), 1).otherwise(0)));
        orders.add(ascending ? cb.asc(value) : cb.desc(value));
    }

    /** The root of one query and the sub-queries about its parties. */
    private record Where(CriteriaBuilder cb, AbstractQuery<?> query, Root<CooperationAgreement> root) {

        /**
         * A party among {@code agencies} on the agreement's signing day (a draft without one: only the agencies that
         * count whatever the date). Plain {@link #hasPartyIn(Set)} when no reorganisation is involved.
         */
        Predicate hasPartyIn(DatedAgencies agencies) {
            if (agencies.undated()) {
                return hasPartyIn(agencies.undatedIds());
            }
            return hasParty(party -> agencies.predicate(cb, party.get("agencyId"), root.get("signedOn")));
        }

        Predicate hasPartyIn(Set<Long> agencyIds) {
            if (agencyIds.isEmpty()) {
                return cb.disjunction();
            }
            return hasParty(party -> party.get("agencyId").in(agencyIds));
        }

        Predicate hasParty(Function<Join<CooperationAgreement, AgreementParty>, Predicate> condition) {
            Subquery<Integer> exists = query.subquery(Integer.class);
            Root<CooperationAgreement> same = exists.correlate(root);
            Join<CooperationAgreement, AgreementParty> party = same.join("parties");
            exists.select(cb.literal(1)).where(condition.apply(party));
            return cb.exists(exists);
        }
    }
}
