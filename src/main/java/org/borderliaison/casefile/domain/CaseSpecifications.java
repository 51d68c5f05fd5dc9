package org.borderliaison.casefile.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.borderliaison.shared.DatedAgencies;
import org.borderliaison.shared.SearchText;
import org.springframework.data.jpa.domain.Specification;

/** The list's filters and the user's scope as one query; everything runs in the database, paged. */
final class CaseSpecifications {

    private CaseSpecifications() {
    }

    /** The free text {@code q} alone (not blank). */
    static Specification<CaseFile> text(String q) {
        return (root, query, cb) -> cb.like(root.get("searchText"), SearchText.likePattern(q), '\\');
    }

    /**
     * @param leads    the lead agency filter widened to its sub-tree by the case's opening date, or null
     * @param visible  the agencies of the user's scope over time, empty when the user sees everything
     */
    static Specification<CaseFile> matching(CaseFilter filter, DatedAgencies leads, Optional<DatedAgencies> visible) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.q() != null && !filter.q().isBlank()) {
                where.add(text(filter.q()).toPredicate(root, query, cb));
            }
            if (filter.category() != null) {
                where.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (leads != null) {
                where.add(leads.predicate(cb, root.get("leadAgencyId"), root.get("openedOn")));
            }
            if (filter.partnerAgencyId() != null) {
                where.add(partnerWhere(root, query, cb, "agencyId", List.of(filter.partnerAgencyId())));
            }
            if (filter.partnerCountry() != null) {
                where.add(partnerWhere(root, query, cb, "country", List.of(filter.partnerCountry())));
            }
            if (filter.openedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("openedOn"), filter.openedFrom()));
            }
            if (filter.openedTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("openedOn"), filter.openedTo()));
            }
            // A case counts by the day it was opened (scope over time, ScopeService).
            visible.ifPresent(scope -> where.add(cb.or(scope.predicate(cb, root.get("leadAgencyId"), root.get("openedOn")),
                    partnerWhere(root, query, cb, partner -> scope.predicate(cb, partner.get("agencyId"), root.get("openedOn"))))));
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The case links to the record {@code id} through its collection of ids {@code links} ("patrolIds"...). */
    static Specification<CaseFile> linkedTo(String links, long id) {
        return (root, query, cb) -> cb.isMember(id, root.<Collection<Long>>get(links));
    }

    /** Some partner of the case has {@code attribute} among {@code values}. */
    private static Predicate partnerWhere(Root<CaseFile> root, CriteriaQuery<?> query, CriteriaBuilder cb, String attribute,
            Collection<?> values) {
        return partnerWhere(root, query, cb, partner -> partner.get(attribute).in(values));
    }

    /**
     * Some partner of the case meets {@code condition}: an {@code exists} over the case's partner rows alone
     * ({@link CasePartnerLink}). Through the case's collection it joined the case table once more for every case tested
     * (a province's cases with a partner, counted to the next thousand: 5,600 buffers on the national data set, of which
     * 2,600 probes of the case's own key; 3,000 without).
     */
    private static Predicate partnerWhere(Root<CaseFile> root, CriteriaQuery<?> query, CriteriaBuilder cb,
            java.util.function.Function<Path<?>, Predicate> condition) {
        Subquery<Integer> partners = query.subquery(Integer.class);
        Root<CasePartnerLink> partner = partners.from(CasePartnerLink.class);
        partners.select(cb.literal(1)).where(cb.equal(partner.get("id"), root.get("id")), condition.apply(partner));
        return cb.exists(partners);
    }
}
