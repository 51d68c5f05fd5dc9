package org.borderliaison.shared.web;

import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

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

    private Paging() {
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
     */
    public static <T> Page<T> forList(int page, int size, Sort sort, Function<Pageable, Page<T>> query,
            org.springframework.ui.Model model) {
        int asked = Math.max(0, Math.min(page, lastPossiblePage(size)));
        Page<T> found = query.apply(PageRequest.of(asked, size, sort));
        if (page != asked || found.getContent().isEmpty() && asked > 0) {
            int last = Math.max(0, found.getTotalPages() - 1);
            if (last != asked) {
                found = query.apply(PageRequest.of(last, size, sort));
            }
            model.addAttribute(WARNING, "input.pageShownLast");
        }
        return found;
    }

    /** The highest page whose rows can still be addressed by an int offset (what JPA's setFirstResult takes). */
    static int lastPossiblePage(int size) {
        return (Integer.MAX_VALUE - size) / size;
    }
}
