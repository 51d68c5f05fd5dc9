package org.borderliaison.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Page {@code page} of a list asked for as the rows just after ({@code backwards} false) or just before a
 * {@link ListCursor}: the number is what the page shows, the cursor says which rows are on it. An export reads a whole
 * list by such pages {@link #uncounted}: without a cursor on its first page, and without the bounded count a list page
 * shows ({@link ListPage#counting}), since the export counts the rows it writes.
 */
public final class CursorPageRequest extends PageRequest {

    private final ListCursor cursor;
    private final boolean backwards;
    private final boolean counted;

    public CursorPageRequest(int page, int size, Sort sort, ListCursor cursor, boolean backwards) {
        this(page, size, sort, cursor, backwards, true);
    }

    private CursorPageRequest(int page, int size, Sort sort, ListCursor cursor, boolean backwards, boolean counted) {
        super(page, size, sort);
        this.cursor = cursor;
        this.backwards = backwards;
        this.counted = counted;
    }

    /** Page {@code page} of an export's reading: after {@code cursor} when there is one (null: by its number), uncounted. */
    public static CursorPageRequest uncounted(int page, int size, Sort sort, ListCursor cursor) {
        return new CursorPageRequest(page, size, sort, cursor, false, false);
    }

    /** The cursor, or null for a page read by its number. */
    public ListCursor cursor() {
        return cursor;
    }

    /** True for "the page before the cursor" (the previous page). */
    public boolean backwards() {
        return backwards;
    }

    /** False for an export's page: no count of the rows beyond it. */
    public boolean counted() {
        return counted;
    }

    @Override
    public CursorPageRequest withSort(Sort sort) {
        return new CursorPageRequest(getPageNumber(), getPageSize(), sort, cursor, backwards, counted);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CursorPageRequest that && super.equals(that) && java.util.Objects.equals(cursor, that.cursor)
                && backwards == that.backwards && counted == that.counted;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + java.util.Objects.hashCode(cursor) + (backwards ? 1 : 0) + (counted ? 0 : 2);
    }
}
