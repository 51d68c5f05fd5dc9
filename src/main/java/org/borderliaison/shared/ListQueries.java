package org.borderliaison.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

/**
 * The record lists' queries: a page of entities matching a specification in the page's order, and a count of the
 * matching rows that stops at a bound ({@link ListPage}) instead of counting the whole table on every request.
 */
@Component
public class ListQueries {

    private final EntityManager entityManager;

    ListQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Page {@code pageable} of the {@code type} rows matching {@code matching}, in the page's sort; by its cursor when it
     * has one ({@link ListWindow}), and with the cursors of its first and last rows for the pager's links.
     */
    public <T> ListPage<T> page(Class<T> type, Specification<T> matching, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<T> root = query.from(type);
        ListWindow window = ListWindow.of(root, cb, pageable);
        where(query, window.where(cb, matching.toPredicate(root, query, cb)));
        Optional<Sort.Order> key = ListCursor.keyOf(pageable.getSort());
        query.multiselect(root, root.get(key.map(Sort.Order::getProperty).orElse("id")), root.get("id"))
                .orderBy(QueryUtils.toOrders(window.sort(), root, cb));
        List<Tuple> rows = window.arrange(entityManager.createQuery(query).setFirstResult(window.offset())
                .setMaxResults(pageable.getPageSize()).getResultList());
        Map<T, ListCursor> cursors = new IdentityHashMap<>();
        List<T> content = rows.stream().map(row -> {
            T entity = row.get(0, type);
            cursors.put(entity, new ListCursor((Comparable<?>) row.get(1), row.get(2, Long.class)));
            return entity;
        }).toList();
        return ListPage.counting(content, pageable, (skip, limit) -> rowsAfter(type, matching, skip, limit)).withCursors(cursors::get);
    }

    /**
     * How many {@code type} rows match after the first {@code skip}, counting no further than {@code limit}. Unordered:
     * the database stops at the first {@code skip + limit} matches it finds by the cheapest way.
     */
    public <T> long rowsAfter(Class<T> type, Specification<T> matching, long skip, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Integer> query = cb.createQuery(Integer.class);
        Root<T> root = query.from(type);
        where(query, matching.toPredicate(root, query, cb));
        query.select(cb.literal(1));
        return entityManager.createQuery(query).setFirstResult((int) Math.min(skip, Integer.MAX_VALUE)).setMaxResults(limit)
                .getResultList().size();
    }

    private static void where(CriteriaQuery<?> query, Predicate predicate) {
        if (predicate != null) {
            query.where(predicate);
        }
    }
}
