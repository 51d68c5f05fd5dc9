package org.borderliaison.shared.web;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.borderliaison.shared.CursorPageRequest;
import org.borderliaison.shared.ListCursor;
import org.borderliaison.shared.ListPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The rows of a whole list read one page at a time through the list page's own query (so an export has the page's
 * filter, sort and scope by construction), {@value #SIZE} rows a page: only the page being written is in memory. A list
 * ordered by a date and the id reads each next page by its cursor (as fast as the first); others page by offset. The
 * pages are asked for uncounted ({@link CursorPageRequest#uncounted}): an export counts the rows it writes instead.
 */
public final class ExportBatches<T> implements Iterator<List<T>> {

    /** Rows read at a time. */
    public static final int SIZE = 500;

    private final Function<Pageable, ? extends Page<T>> query;
    private final Sort sort;
    private final int size;
    private int pageNumber;
    private ListCursor cursor;
    private List<T> next;
    private boolean done;

    ExportBatches(Sort sort, Function<Pageable, ? extends Page<T>> query, int size) {
        this.query = query;
        this.sort = sort;
        this.size = size;
    }

    /** The pages of {@code query} (a list page's query of a {@link Pageable}) in {@code sort}. */
    public static <T> ExportBatches<T> of(Sort sort, Function<Pageable, ? extends Page<T>> query) {
        return new ExportBatches<>(sort, query, SIZE);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            Page<T> page = query.apply(CursorPageRequest.uncounted(pageNumber, size, sort, cursor));
            List<T> rows = page.getContent();
            done = rows.size() < size;
            next = rows.isEmpty() ? null : rows;
            pageNumber++;
            cursor = page instanceof ListPage<T> listPage ? Optional.ofNullable(listPage.getNextCursor()).flatMap(ListCursor::parse)
                    .orElse(null) : null;
        }
        return next != null;
    }

    @Override
    public List<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<T> rows = next;
        next = null;
        return rows;
    }

    /** The same batches with each page's rows turned into export rows, one page at a time (names looked up per page). */
    public <R> Iterator<List<R>> map(Function<List<T>, List<R>> rows) {
        ExportBatches<T> source = this;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public List<R> next() {
                return rows.apply(source.next());
            }
        };
    }
}
