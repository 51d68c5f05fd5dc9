package org.borderliaison.shared.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.borderliaison.shared.ListPage;
import org.springframework.data.domain.Page;

/**
 * One page of results as the API returns it: stable field names, independent of Spring Data's JSON. Record lists count
 * their matches only up to a bound ({@link ListPage}): then {@code totalExact} is false and {@code totalElements} and
 * {@code totalPages} are lower bounds (at least that many; follow the pages until one comes back short).
 */
public record PageResult<T>(List<T> content, int page, int size,
        @Schema(description = "Matching records: exact when totalExact is true, otherwise a lower bound (at least this many).")
        long totalElements,
        @Schema(description = "Pages of this size: exact when totalExact is true, otherwise a lower bound.")
        int totalPages,
        @Schema(description = "False when the list stopped counting at a bound (the next multiple of 1000 past this page, "
                + "of 100 for a free-text search): more records match than totalElements says.")
        boolean totalExact,
        @Schema(description = "Pass as 'after' with page + 1 to read the next page by keyset (as fast as the first page, "
                + "however deep); null when the list's order is paged by number only.", nullable = true)
        String nextCursor,
        @Schema(description = "Pass as 'before' with page - 1 to read the previous page by keyset; null as nextCursor.",
                nullable = true)
        String previousCursor) {

    public static <E, T> PageResult<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResult<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages(), !(page instanceof ListPage<E> listPage) || listPage.isTotalExact(),
                page instanceof ListPage<E> withCursors ? withCursors.getNextCursor() : null,
                page instanceof ListPage<E> withCursors ? withCursors.getPreviousCursor() : null);
    }
}
