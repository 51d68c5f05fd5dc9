package org.borderliaison.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Page {@code page} of a list asked for as the rows just after ({@code backwards} false) or just before a
 * {@link ListCursor}: the number is what the page shows, the cursor says which rows are on it.
 */
public final class CursorPageRequest extends PageRequest {

    private final ListCursor cursor;
    private final boolean backwards;

    public CursorPageRequest(int page, int size, Sort sort, ListCursor cursor, boolean backwards) {
        super(page, size, sort);
        this.cursor = cursor;
        this.backwards = backwards;
    }

    public ListCursor cursor() {
        return cursor;
    }

    /** True for "the page before the cursor" (the previous page). */
    public boolean backwards() {
        return backwards;
    }

    @Override
    public CursorPageRequest withSort(Sort sort) {
        return new CursorPageRequest(getPageNumber(), getPageSize(), sort, cursor, backwards);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CursorPageRequest that && super.equals(that) && cursor.equals(that.cursor) && backwards == that.backwards;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + cursor.hashCode() + (backwards ? 1 : 0);
    }
}
