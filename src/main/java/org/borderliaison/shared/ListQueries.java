package org.borderliaison.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
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
     * Rows that all belong to a few agencies: each has one of the agency columns {@code agencyProperties} covered by
     * {@code agencies} on its {@code day} (a property of type {@link LocalDate}), which the list's filter requires too
     * (the reader's scope, a partner filter). A list sorted by that day reads its pages from the rows of those agencies
     * ({@link CandidatePages}): their days and ids come from an index alone, (agency column, day, id) for a few agencies'
     * rows or (day, id, agency columns) walked in date order, and only the page's rows from the table, instead of reading
     * every row in date order and dropping the other agencies' after reading it. Agencies held in another table, a row
     * per record and agency, are read the same way from that table ({@link Link}). When the filter asks nothing else
     * ({@code alone}), the rows past a page are counted from those indexes as well, without reading a row of the table.
     */
    public record Through(DatedAgencies agencies, String day, List<String> agencyProperties, List<Link> links, boolean alone) {

        /** The most agencies read so (an IN list H2 handles badly beyond). */
        static final int MAX_AGENCIES = 500;

        /** Rows whose agency columns are all on the record itself. */
        public Through(DatedAgencies agencies, String day, List<String> agencyProperties, boolean alone) {
            this(agencies, day, agencyProperties, List.of(), alone);
        }

        boolean narrow() {
            int agencyCount = agencies.ids().size();
            return agencyCount > 0 && agencyCount <= MAX_AGENCIES;
        }
    }

    /**
     * Agencies of a record held in another table, a row per record and agency (a case's partners): an entity {@code type}
     * whose property {@code agency} is the agency, {@code id} the record's id and the list's day property (same name)
     * a copy of the record's day, kept equal by the record. Its candidates come from an index on (agency, day, id).
     */
    public record Link(Class<?> type, String agency) {
    }

    /** The most rows a free text may match for its list to be read among them ({@link #searchPage}). */
    public static final int RARE_TEXT = 200;

    /**
     * {@link #page} of a free-text search: {@code matching} includes {@code text}, the condition of the text alone. A text
     * is mostly rare (a reference, a marker such as "150(2)"): its trigram index names its few rows at once, while the
     * database, expecting them spread over the dates, walks the date index from the newest row and tests each (the
     * ministry's patrols "150(2)", 150 rows of 50,000 and the oldest: 5,700 rows read, 7 to 20 ms on the national data
     * set). So the ids of the rows matching the text are read first, unordered, up to {@value #RARE_TEXT}; when there are
     * no more, the page and its count are those of the ordinary query among them (every row of the list is among them);
     * a text matching more is read the ordinary way, in date order, where its rows come soon (the look costs that text
     * some 0.6 ms: the ministry's cases "BM-12", 1,111 of 100,000).
     */
    public <T> ListPage<T> searchPage(Class<T> type, Specification<T> matching, Specification<T> text, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type);
        where(query, text.toPredicate(root, query, cb));
        List<Long> ids = entityManager.createQuery(query.select(root.get("id"))).setMaxResults(RARE_TEXT + 1).getResultList();
        if (ids.size() > RARE_TEXT) {
            return page(type, matching, null, true, pageable);
        }
        Specification<T> among = ids.isEmpty() ? (row, rows, builder) -> builder.disjunction()
                : (row, rows, builder) -> row.get("id").in(ids);
        return page(type, matching.and(among), null, true, pageable);
    }

    /**
     * Page {@code pageable} of the {@code type} rows matching {@code matching}, in the page's sort; by its cursor when it
     * has one ({@link ListWindow}), and with the cursors of its first and last rows for the pager's links.
     */
    public <T> ListPage<T> page(Class<T> type, Specification<T> matching, Pageable pageable) {
        return page(type, matching, null, false, pageable);
    }

    /**
     * {@link #page}, read through the rows of the agencies of {@code through} when it is not null, and counted as a
     * free-text search's ({@link ListPage#countingSearch}) when {@code searched}.
     */
    public <T> ListPage<T> page(Class<T> type, Specification<T> matching, Through through, boolean searched, Pageable pageable) {
        String key = ListCursor.keyOf(pageable.getSort()).map(Sort.Order::getProperty).orElse("id");
        List<Tuple> rows = Optional.ofNullable(through).filter(Through::narrow).filter(agencies -> agencies.day().equals(key))
                .flatMap(agencies -> CandidatePages.page(pageable, key, LocalDate.class,
                        (from, order, batch) -> candidates(type, agencies, from, order, batch),
                        (ids, order, limit) -> rows(type, matching.and((root, query, cb) -> root.get("id").in(ids)), key,
                                PageRequest.of(0, limit, order)),
                        (from, order, limit) -> rows(type, matching.and((root, query, cb) -> from.beyond(root, cb, order).orElseThrow()),
                                key, PageRequest.of(0, limit, Sort.by(order, new Sort.Order(order.getDirection(), "id"))))))
                .orElseGet(() -> rows(type, matching, key, pageable));
        Map<T, ListCursor> cursors = new IdentityHashMap<>();
        List<T> content = rows.stream().map(row -> {
            T entity = row.get(0, type);
            cursors.put(entity, new ListCursor((Comparable<?>) row.get(1), row.get(2, Long.class)));
            return entity;
        }).toList();
        Optional<Sort.Order> order = ListCursor.keyOf(pageable.getSort());
        boolean countThrough = through != null && through.alone() && through.narrow() && through.day().equals(key) && !content.isEmpty();
        return ListPage.countingSearch(content, pageable, searched, (skip, limit) -> countThrough
                        ? rowsOfAgenciesAfter(type, through, cursors.get(content.get(content.size() - 1)), order.orElseThrow(), limit)
                        : rowsAfter(type, matching, skip, limit))
                .withCursors(cursors::get);
    }

    /**
     * How many rows of the agencies come after {@code last} in {@code order}, counting no further than {@code limit}:
     * each agency column's rows from its index, unordered, a row of two of the agencies once.
     */
    private <T> long rowsOfAgenciesAfter(Class<T> type, Through through, ListCursor last, Sort.Order order, int limit) {
        Set<Long> ids = new HashSet<>();
        for (Link source : sources(type, through)) {
            List<Long> found = idsAfter(type, source, through, last, order, limit);
            if (found.size() >= limit) {
                return limit;
            }
            ids.addAll(found);
        }
        return Math.min(ids.size(), limit);
    }

    /**
     * The record's ids after {@code last} among {@code source}'s rows of the agencies, unordered, at most {@code limit}:
     * distinct for a table of links (a record may have two links among the agencies), so that a full answer means
     * {@code limit} records.
     */
    private List<Long> idsAfter(Class<?> type, Link source, Through through, ListCursor last, Sort.Order order, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<?> root = query.from(source.type());
        Predicate among = through.agencies().predicate(cb, root.get(source.agency()), root.get(through.day()));
        query.select(root.get("id")).distinct(source.type() != type).where(among, last.beyond(root, cb, order).orElseThrow());
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    /** Where the agencies of a record are: each agency column of the record, then each table of links. */
    private static List<Link> sources(Class<?> type, Through through) {
        List<Link> sources = new ArrayList<>();
        through.agencyProperties().forEach(agency -> sources.add(new Link(type, agency)));
        sources.addAll(through.links());
        return sources;
    }

    /** The rows of the page (the entity, its sort key {@code key} and its id), by its cursor when it has one. */
    private <T> List<Tuple> rows(Class<T> type, Specification<T> matching, String key, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<T> root = query.from(type);
        ListWindow window = ListWindow.of(root, cb, pageable);
        where(query, window.where(cb, matching.toPredicate(root, query, cb)));
        query.multiselect(root, root.get(key), root.get("id")).orderBy(QueryUtils.toOrders(window.sort(), root, cb));
        return window.arrange(entityManager.createQuery(query).setFirstResult(window.offset())
                .setMaxResults(pageable.getPageSize()).getResultList());
    }

    /**
     * The next {@code batch} rows of the agencies after {@code from} in {@code order}: each agency column's own next
     * rows (from its index, the row's table untouched), merged, a row of two of the agencies once.
     */
    private <T> List<ListCursor> candidates(Class<T> type, Through through, ListCursor from, Sort.Order order, int batch) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        Map<Long, ListCursor> merged = new HashMap<>();
        for (Link source : sources(type, through)) {
            CriteriaQuery<Tuple> query = cb.createTupleQuery();
            Root<?> root = query.from(source.type());
            Predicate among = through.agencies().predicate(cb, root.get(source.agency()), root.get(through.day()));
            // Distinct for a table of links: a record with two links among the agencies is one candidate, and a full
            // answer (batch candidates) must mean that more may follow (CandidatePages stops at a short one).
            query.multiselect(root.get(through.day()), root.get("id")).distinct(source.type() != type)
                    .where(from == null ? among : cb.and(among, from.beyond(root, cb, order).orElseThrow()))
                    .orderBy(QueryUtils.toOrders(Sort.by(order, new Sort.Order(order.getDirection(), "id")), root, cb));
            for (Tuple row : entityManager.createQuery(query).setMaxResults(batch).getResultList()) {
                long id = row.get(1, Long.class);
                merged.putIfAbsent(id, new ListCursor((Comparable<?>) row.get(0), id));
            }
        }
        Comparator<ListCursor> ascending = Comparator.comparing((ListCursor cursor) -> (LocalDate) cursor.value())
                .thenComparing(ListCursor::id);
        return merged.values().stream().sorted(order.isDescending() ? ascending.reversed() : ascending).limit(batch).toList();
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
