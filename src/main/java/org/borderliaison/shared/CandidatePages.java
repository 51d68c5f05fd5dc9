package org.borderliaison.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Reads a page of a list sorted by a date and the id from candidates that a narrow index hands over in that order (the
 * links of a few agencies, the rows of a few agencies), instead of reading the whole table in date order and dropping
 * the rows of other agencies (a province holds a twenty-fifth of the national rows: 500 table rows read for a page of
 * 20), or sorting every row of those agencies. Each round takes the next candidates after the last one read, asks for
 * the rows among them that match the whole filter, and stops once the page is full. The first round reads twice a page
 * of candidates, each further one four times more, up to {@value #BATCH} (or a quarter more than the rows wanted, for a
 * page asked for by its number: the rows before it are read and dropped, up to {@value #MAX_ROWS}). The candidates only
 * choose: every row still passes the list's filter, so the page holds exactly the rows the ordinary query would give,
 * provided every matching row is among the candidates.
 *
 * <p>A filter that rejects most candidates (a rare text) would need many rounds: after {@value #ROUNDS} the rest of the
 * page comes from the ordinary query, beyond the last candidate read.
 */
public final class CandidatePages {

    public static final int BATCH = 500;
    public static final int ROUNDS = 4;
    /** The deepest row a page asked for by its number is read to this way. */
    public static final int MAX_ROWS = 2000;

    /** The next candidates after {@code from} (null: from the start) in {@code order} and then the id: at most {@code batch}. */
    @FunctionalInterface
    public interface Candidates {

        List<ListCursor> after(ListCursor from, Sort.Order order, int batch);
    }

    /** The rows among {@code ids} that match the list's filter, in {@code order}, at most {@code limit}. */
    @FunctionalInterface
    public interface Among<R> {

        List<R> read(Collection<Long> ids, Sort order, int limit);
    }

    /** The rows of the list beyond {@code from} in {@code order}, at most {@code limit} (the ordinary query). */
    @FunctionalInterface
    public interface Beyond<R> {

        List<R> read(ListCursor from, Sort.Order order, int limit);
    }

    private CandidatePages() {
    }

    /**
     * The rows of the page {@code pageable} asks for, in the list's order; empty when the page is not one this reads: not
     * sorted by {@code key} (of type {@code keyType}) and the id, or asked for by a number deeper than {@value #MAX_ROWS}.
     */
    public static <R> Optional<List<R>> page(Pageable pageable, String key, Class<?> keyType, Candidates candidates, Among<R> among,
            Beyond<R> beyond) {
        return page(pageable, key, keyType, candidates, among, beyond, false);
    }

    /**
     * {@link #page(Pageable, String, Class, Candidates, Among, Beyond)}; when {@code everyCandidateMatches} (the list asks
     * nothing of a row beyond what made it a candidate: a provincial reader's list without a filter), the candidates
     * are the list itself: the page's rows are read among its own candidates alone, and the rows before a page asked for
     * by its number are not read at all (page 50 by number read and dropped 980 rows: 8 to 9 ms of a province's meetings
     * on the national data set).
     */
    public static <R> Optional<List<R>> page(Pageable pageable, String key, Class<?> keyType, Candidates candidates, Among<R> among,
            Beyond<R> beyond, boolean everyCandidateMatches) {
        Optional<Sort.Order> sortKey = ListCursor.keyOf(pageable.getSort()).filter(order -> order.getProperty().equals(key));
        if (sortKey.isEmpty()) {
            return Optional.empty();
        }
        Sort.Order order = sortKey.get();
        ListCursor from = null;
        boolean backwards = false;
        if (pageable instanceof CursorPageRequest request && request.cursor() != null) {
            if (!keyType.isInstance(request.cursor().value())) {
                return Optional.empty();
            }
            backwards = request.backwards();
            order = backwards ? order.reverse() : order;
            from = request.cursor();
        } else if (pageable.getOffset() + pageable.getPageSize() > MAX_ROWS) {
            return Optional.empty();
        }
        // By number: the rows before the page are read too (a cursor's page starts at the cursor: no offset).
        int skipped = from == null ? (int) pageable.getOffset() : 0;
        Sort read = Sort.by(order, new Sort.Order(order.getDirection(), "id"));
        List<R> found = new ArrayList<>();
        int wanted = skipped + pageable.getPageSize();
        // A deep page's rounds read a quarter more candidates than it needs rows (links of two agencies of one record).
        int largest = Math.max(BATCH, wanted + wanted / 4);
        int batch = Math.min(largest, Math.max(2 * wanted, 40));
        if (everyCandidateMatches) {
            return pageOfCandidates(candidates, among, from, order, read, skipped, wanted, batch, largest, backwards);
        }
        for (int round = 0; round < ROUNDS && found.size() < wanted; round++, batch = Math.min(largest, batch * 4)) {
            List<ListCursor> next = candidates.after(from, order, batch);
            if (next.isEmpty()) {
                return Optional.of(arranged(found, skipped, backwards));
            }
            Set<Long> ids = new LinkedHashSet<>();
            next.forEach(candidate -> ids.add(candidate.id()));
            found.addAll(among.read(ids, read, wanted - found.size()));
            from = next.get(next.size() - 1);
            if (next.size() < batch) {
                return Optional.of(arranged(found, skipped, backwards));
            }
        }
        if (found.size() < wanted) {
            found.addAll(beyond.read(from, order, wanted - found.size()));
        }
        return Optional.of(arranged(found, skipped, backwards));
    }

    /**
     * A page whose candidates all match: the distinct candidates in order up to the page's last, then the rows of the
     * page's own candidates (those after the {@code skipped}) in one read. Empty (the ordinary query then reads the page)
     * when {@value #ROUNDS} rounds of candidates of records linked many times over do not reach the page's end.
     */
    private static <R> Optional<List<R>> pageOfCandidates(Candidates candidates, Among<R> among, ListCursor from, Sort.Order order,
            Sort read, int skipped, int wanted, int batch, int largest, boolean backwards) {
        Set<Long> ids = new LinkedHashSet<>();
        boolean exhausted = false;
        for (int round = 0; round < ROUNDS && ids.size() < wanted; round++, batch = Math.min(largest, batch * 4)) {
            List<ListCursor> next = candidates.after(from, order, batch);
            next.forEach(candidate -> ids.add(candidate.id()));
            if (next.size() < batch) {
                exhausted = true;
                break;
            }
            from = next.get(next.size() - 1);
        }
        if (ids.size() < wanted && !exhausted) {
            return Optional.empty();
        }
        List<Long> page = new ArrayList<>(ids).subList(Math.min(skipped, ids.size()), Math.min(wanted, ids.size()));
        List<R> rows = page.isEmpty() ? List.of() : among.read(page, read, page.size());
        return Optional.of(arranged(rows, 0, backwards));
    }

    /** The page's rows in the list's order: without the {@code skipped} before it, turned round when read backwards. */
    private static <R> List<R> arranged(List<R> rows, int skipped, boolean backwards) {
        if (skipped > 0) {
            return List.copyOf(rows.subList(Math.min(skipped, rows.size()), rows.size()));
        }
        if (backwards) {
            List<R> turned = new ArrayList<>(rows);
            Collections.reverse(turned);
            return turned;
        }
        return rows;
    }
}
