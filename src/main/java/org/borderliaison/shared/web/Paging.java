package org.borderliaison.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Function;
import org.borderliaison.shared.CursorPageRequest;
import org.borderliaison.shared.ListCursor;
import org.borderliaison.shared.ListPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place that turns a requested page into a query's {@link Pageable}. The API refuses what cannot be
 * served ({@code page} below 0 or so far that its first row would be past what an offset can hold, {@code size}
 * outside 1..{@value #MAX_SIZE}) with a 400 naming the parameter; a list page shows its last page instead, with a
 * warning, since a person following an old link should see the list, not an error.
 */
public final class Paging {

    public static final int MAX_SIZE = 200;
    /** The model attribute holding the message key of the warning the layout shows above a list. */
    static final String WARNING = "pagingWarning";
    /** The pager's parameters: the cursor of the row a page follows, or precedes ({@link ListCursor}). */
    static final String AFTER = "after";
    static final String BEFORE = "before";
    /** The API's documentation of its cursor parameters. */
    public static final String CURSOR_AFTER = "The nextCursor of the page before this one (with page = its page + 1): reads the "
            + "page by keyset, as fast as the first however deep. Ignored on page 0 and where the sort is not the list's date order.";
    public static final String CURSOR_BEFORE = "The previousCursor of the page after this one (with page = its page - 1).";

    private Paging() {
    }

    /**
     * The API's page asked for by the cursor of a neighbour page ({@code after}: the previous page's {@code nextCursor},
     * {@code before}: the next page's {@code previousCursor}; at most one), or by its number alone when both are null.
     * A cursor that does not parse is refused like a page out of bounds.
     */
    public static PageRequest of(int page, int size, Sort sort, String after, String before) {
        PageRequest numbered = of(page, size, sort);
        if (after != null && before != null) {
            throw new InvalidInputException(BEFORE, "input.cursorBoth");
        }
        String text = after != null ? after : before;
        if (text == null || page == 0) {
            return numbered;
        }
        ListCursor cursor = ListCursor.parse(text).orElseThrow(() -> new InvalidInputException(after != null ? AFTER : BEFORE,
                "input.cursor"));
        return new CursorPageRequest(page, size, sort, cursor, after == null);
    }

    /** The API's page: refused with {@link InvalidInputException} when out of bounds. */
    public static PageRequest of(int page, int size, Sort sort) {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "input.pageSize", MAX_SIZE);
        }
        if (page < 0 || page > lastPossiblePage(size)) {
            throw new InvalidInputException("page", "input.pageNumber", lastPossiblePage(size));
        }
        return PageRequest.of(page, size, sort);
    }

    /**
     * A list page's results: page {@code page} of {@code query}, or its last page (with a warning in {@code model},
     * the message key {@code input.pageShownLast} under {@value #WARNING}) when {@code page} is beyond it or negative.
     * Always a {@link ListPage}, so the pager can say "more than" when the query counted only up to a bound.
     */
    public static <T> ListPage<T> forList(int page, int size, Sort sort, Function<Pageable, Page<T>> query,
            org.springframework.ui.Model model) {
        int asked = Math.max(0, Math.min(page, lastPossiblePage(size)));
        Page<T> found = query.apply(request(asked, size, sort));
        if (page != asked || found.getContent().isEmpty() && asked > 0) {
            int last = Math.max(0, found.getTotalPages() - 1);
            if (last != asked) {
                found = query.apply(PageRequest.of(last, size, sort));
            }
            model.addAttribute(WARNING, "input.pageShownLast");
        }
        return ListPage.of(found);
    }

    /**
     * Page {@code page}, by the cursor of the pager's link when the request has one ({@value #AFTER}: the rows after the
     * previous page's last, {@value #BEFORE}: the rows before the next page's first). A cursor that does not parse is
     * ignored: the page is then read by its number.
     */
    private static PageRequest request(int page, int size, Sort sort) {
        if (page > 0 && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            Optional<ListCursor> after = ListCursor.parse(request.getParameter(AFTER));
            if (after.isPresent()) {
                return new CursorPageRequest(page, size, sort, after.get(), false);
            }
            Optional<ListCursor> before = ListCursor.parse(request.getParameter(BEFORE));
            if (before.isPresent()) {
                return new CursorPageRequest(page, size, sort, before.get(), true);
            }
        }
        return PageRequest.of(page, size, sort);
    }

    /** The highest page whose rows can still be addressed by an int offset (what JPA's setFirstResult takes). */
    static int lastPossiblePage(int size) {
        return (Integer.MAX_VALUE - size) / size;
    }
}
