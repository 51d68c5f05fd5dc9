package org.borderliaison.shared;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;

/**
 * Where a page of a list begins or ends, for keyset paging: the sort value and the id of the row next to it
 * ({@code 2024-05-01,1234}). A list sorted by a date and the id (newest first) reaches its 50th page by "the 20 rows
 * after this one", which an index on (date, id) answers as fast as the first page, instead of skipping 980 rows
 * (and, for a provincial reader, the tens of thousands of other provinces' rows between them).
 *
 * <p>Only sorts of one non-null date or instant and the id, both the same direction, are keyset-paged
 * ({@link #keyOf(Sort)}); other sorts page by offset.
 */
public record ListCursor(Comparable<?> value, long id) {

    private static final Instant FIRST = Instant.parse("0001-01-02T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-30T00:00:00Z");

    /** Reads {@code 2024-05-01,1234} or {@code 2024-05-01T08:00:00Z,1234}; anything else is no cursor. */
    public static Optional<ListCursor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int comma = text.lastIndexOf(',');
        if (comma <= 0 || comma == text.length() - 1 || text.length() > 80) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(text.substring(comma + 1));
            String value = text.substring(0, comma);
            // Years the databases store either way: a cursor is a value a page gave out, never a far-off one.
            if (value.contains("T")) {
                Instant instant = Instant.parse(value);
                return instant.isBefore(FIRST) || instant.isAfter(LAST) ? Optional.empty() : Optional.of(new ListCursor(instant, id));
            }
            LocalDate day = LocalDate.parse(value);
            return day.getYear() < 1 || day.getYear() > 9999 ? Optional.empty() : Optional.of(new ListCursor(day, id));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value + "," + id;
    }

    /** The sort's keyset order (its first property), if it is one: a property and then "id", in one direction. */
    public static Optional<Sort.Order> keyOf(Sort sort) {
        List<Sort.Order> orders = sort.toList();
        if (orders.size() != 2 || !orders.get(1).getProperty().equals("id") || orders.get(0).getDirection() != orders.get(1).getDirection()) {
            return Optional.empty();
        }
        return Optional.of(orders.get(0));
    }

    /**
     * The rows beyond this cursor in the order {@code key} (descending: older, or the same value with a lower id), or
     * empty when the cursor's value is not of the property's type. The redundant "value ≤ cursor" lets the database
     * start its index scan at the cursor rather than filter every row before it.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Optional<Predicate> beyond(Root<?> root, CriteriaBuilder cb, Sort.Order key) {
        Path<?> property = root.get(key.getProperty());
        if (!property.getJavaType().isInstance(value)) {
            return Optional.empty();
        }
        Expression<Comparable> sorted = (Expression<Comparable>) property;
        Expression<Long> rowId = root.get("id");
        Comparable bound = (Comparable) value;
        if (key.isDescending()) {
            return Optional.of(cb.and(cb.lessThanOrEqualTo(sorted, bound),
                    cb.or(cb.lessThan(sorted, bound), cb.lessThan(rowId, id))));
        }
        return Optional.of(cb.and(cb.greaterThanOrEqualTo(sorted, bound),
                cb.or(cb.greaterThan(sorted, bound), cb.greaterThan(rowId, id))));
    }
}
