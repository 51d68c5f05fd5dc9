package org.borderliaison.shared;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * How a list query reads the rows of one page: in {@link #sort()}, from row {@link #offset()}, and beyond a
 * {@link ListCursor} when the page was asked for by one ({@link CursorPageRequest}); a page before a cursor is read in
 * the reverse order and turned round ({@link #arrange}).
 */
public record ListWindow(Sort sort, int offset, Optional<Predicate> beyond, boolean reversed) {

    public static ListWindow of(Root<?> root, CriteriaBuilder cb, Pageable pageable) {
        Sort sort = pageable.getSort();
        int offset = (int) pageable.getOffset();
        if (pageable instanceof CursorPageRequest request && request.cursor() != null) {
            Optional<Sort.Order> key = ListCursor.keyOf(sort);
            if (key.isPresent()) {
                Sort.Order order = request.backwards() ? key.get().reverse() : key.get();
                Optional<Predicate> beyond = request.cursor().beyond(root, cb, order);
                if (beyond.isPresent()) {
                    Sort read = request.backwards() ? Sort.by(order, new Sort.Order(order.getDirection(), "id")) : sort;
                    return new ListWindow(read, 0, beyond, request.backwards());
                }
            }
        }
        return new ListWindow(sort, offset, Optional.empty(), false);
    }

    /** The conditions of the list with the window's own, if it has one. */
    public Predicate where(CriteriaBuilder cb, Predicate matching) {
        return beyond.map(condition -> matching == null ? condition : cb.and(matching, condition)).orElse(matching);
    }

    /** The rows read, in the list's order. */
    public <T> List<T> arrange(List<T> rows) {
        if (!reversed) {
            return rows;
        }
        List<T> turned = new ArrayList<>(rows);
        Collections.reverse(turned);
        return turned;
    }
}
