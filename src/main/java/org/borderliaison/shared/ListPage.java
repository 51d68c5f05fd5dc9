package org.borderliaison.shared;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a record list whose total may be a lower bound. Counting every matching row costs as much as reading them
 * all, and a list of the national data set matches hundreds of thousands; so a list counts the rows past its page only
 * up to the next multiple of {@value #COUNT_STEP} and, beyond it, says "more than" that many ({@link #isTotalExact()}
 * false, {@link #getTotalAtLeast()} the number to show). Deeper pages count further: the 50th page of 20 still knows
 * whether a 51st exists.
 */
public class ListPage<T> extends PageImpl<T> {

    /** Rows are counted up to the next multiple of this past the page shown. */
    public static final int COUNT_STEP = 1000;

    /**
     * The step of a free-text search's count ({@link #countingSearch}). A text matches rows scattered over the whole
     * table: each counted row is a read of its table row (the trigram index only names candidates), so counting to the
     * next thousand read some 12,000 table pages for a province's "hội đàm" on the national data set (0.45 s), a
     * hundred about a tenth of that. "More than 100 results" tells a searcher as much.
     */
    public static final int SEARCH_COUNT_STEP = 100;

    private final boolean totalExact;
    private final ListCursor firstCursor;
    private final ListCursor lastCursor;

    private ListPage(List<T> content, Pageable pageable, long total, boolean totalExact) {
        this(content, pageable, total, totalExact, null, null);
    }

    private ListPage(List<T> content, Pageable pageable, long total, boolean totalExact, ListCursor firstCursor, ListCursor lastCursor) {
        super(content, pageable, total);
        this.totalExact = totalExact;
        this.firstCursor = firstCursor;
        this.lastCursor = lastCursor;
    }

    /** How many matching rows come after the first {@code skip}, counting no further than {@code limit}. */
    @FunctionalInterface
    public interface RowsAfter {

        long count(long skip, int limit);
    }

    /**
     * The page of {@code content} (the rows of {@code pageable}), with a total counted by {@code rows} no further than
     * needed: not at all when the page is its list's last, up to the next multiple of {@value #COUNT_STEP} otherwise.
     */
    public static <T> ListPage<T> counting(List<T> content, Pageable pageable, RowsAfter rows) {
        return counting(content, pageable, COUNT_STEP, rows);
    }

    /**
     * {@link #counting} for a list filtered by free text ({@code searched} true): counted up to the next multiple of
     * {@value #SEARCH_COUNT_STEP} only; other lists as {@link #counting}.
     */
    public static <T> ListPage<T> countingSearch(List<T> content, Pageable pageable, boolean searched, RowsAfter rows) {
        return counting(content, pageable, searched ? SEARCH_COUNT_STEP : COUNT_STEP, rows);
    }

    private static <T> ListPage<T> counting(List<T> content, Pageable pageable, int step, RowsAfter rows) {
        if (pageable.isUnpaged()) {
            return new ListPage<>(content, pageable, content.size(), true);
        }
        long offset = pageable.getOffset();
        if (pageable instanceof CursorPageRequest request && !request.counted()) {
            // An export's page: the export counts what it writes.
            return new ListPage<>(content, pageable, offset + content.size(), true);
        }
        if (content.isEmpty() && offset > 0) {
            // Past the end (an old link): fewer than offset rows match, and the caller shows the last page.
            return new ListPage<>(content, pageable, rows.count(0, (int) Math.min(offset, Integer.MAX_VALUE)), true);
        }
        long seen = offset + content.size();
        if (content.size() < pageable.getPageSize()) {
            return new ListPage<>(content, pageable, seen, true);
        }
        long bound = (seen / step + 1) * step;
        int limit = (int) (bound - seen + 1);
        long more = rows.count(seen, limit);
        return more >= limit ? new ListPage<>(content, pageable, bound + 1, false) : new ListPage<>(content, pageable, seen + more, true);
    }

    /** An exactly counted page as a list page. */
    public static <T> ListPage<T> of(Page<T> page) {
        if (page instanceof ListPage<T> listPage) {
            return listPage;
        }
        return new ListPage<>(page.getContent(), page.getPageable(), page.getTotalElements(), true);
    }

    /** False when {@link #getTotalElements()} is a lower bound: more rows match than were counted. */
    public boolean isTotalExact() {
        return totalExact;
    }

    /** The total to show: exact, or the count that the list is known to exceed ("more than 1,000"). */
    public long getTotalAtLeast() {
        return totalExact ? getTotalElements() : getTotalElements() - 1;
    }

    /**
     * The same page with the cursors of its first and last rows ({@code cursorOf} reads one), when the list's sort is
     * keyset-paged ({@link ListCursor#keyOf}): the pager's links then ask for "the rows after the last" and "the rows
     * before the first" instead of an offset.
     */
    public ListPage<T> withCursors(Function<? super T, ListCursor> cursorOf) {
        if (getContent().isEmpty() || ListCursor.keyOf(getSort()).isEmpty()) {
            return this;
        }
        List<T> rows = getContent();
        return new ListPage<>(rows, getPageable(), getTotalElements(), totalExact, cursorOf.apply(rows.get(0)),
                cursorOf.apply(rows.get(rows.size() - 1)));
    }

    /** The "after" parameter of the next page's link, or null (then the link gives the page number only). */
    public String getNextCursor() {
        return lastCursor == null ? null : lastCursor.toString();
    }

    /** The "before" parameter of the previous page's link, or null. */
    public String getPreviousCursor() {
        return firstCursor == null ? null : firstCursor.toString();
    }

    /** The same page and count with its rows replaced by {@code rows}, one for one (rows completed in one more query). */
    public <U> ListPage<U> withContent(List<U> rows) {
        return new ListPage<>(rows, getPageable(), getTotalElements(), totalExact, firstCursor, lastCursor);
    }

    @Override
    public <U> ListPage<U> map(Function<? super T, ? extends U> converter) {
        return new ListPage<>(getConvertedContent(converter), getPageable(), getTotalElements(), totalExact, firstCursor, lastCursor);
    }
}
