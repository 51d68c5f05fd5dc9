package org.borderliaison.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** The bounded count of the record lists: counted only as far as needed, exact whenever it can be. */
class ListPageTests {

    /** A list of {@code total} rows that records how far it was asked to count. */
    private static final class Rows implements ListPage.RowsAfter {

        final long total;
        final List<long[]> asked = new ArrayList<>();

        Rows(long total) {
            this.total = total;
        }

        @Override
        public long count(long skip, int limit) {
            asked.add(new long[] {skip, limit});
            return Math.max(0, Math.min(limit, total - skip));
        }

        List<Integer> page(int number, int size) {
            long from = (long) number * size;
            return IntStream.range(0, (int) Math.max(0, Math.min(size, total - from))).boxed().toList();
        }
    }

    @Test
    void aShortPageIsItsListsLastAndIsNotCounted() {
        Rows rows = new Rows(45);
        ListPage<Integer> page = ListPage.counting(rows.page(2, 20), PageRequest.of(2, 20), rows);
        assertThat(page.getTotalElements()).isEqualTo(45);
        assertThat(page.isTotalExact()).isTrue();
        assertThat(page.isLast()).isTrue();
        assertThat(rows.asked).isEmpty();
    }

    @Test
    void aFullPageCountsUpToTheNextThousandOnly() {
        Rows rows = new Rows(250_000);
        ListPage<Integer> page = ListPage.counting(rows.page(0, 20), PageRequest.of(0, 20), rows);
        assertThat(page.isTotalExact()).isFalse();
        assertThat(page.getTotalAtLeast()).isEqualTo(1000);
        assertThat(page.getTotalElements()).as("a lower bound: at least one more than shown").isEqualTo(1001);
        assertThat(page.hasNext()).isTrue();
        assertThat(rows.asked).hasSize(1);
        assertThat(rows.asked.get(0)).as("skips the page's 20 rows, counts 981 more at most").containsExactly(20, 981);
    }

    @Test
    void aFreeTextSearchCountsUpToTheNextHundredOnly() {
        Rows rows = new Rows(250_000);
        ListPage<Integer> page = ListPage.countingSearch(rows.page(0, 20), PageRequest.of(0, 20), true, rows);
        assertThat(page.isTotalExact()).isFalse();
        assertThat(page.getTotalAtLeast()).isEqualTo(100);
        assertThat(rows.asked.get(0)).as("skips the page's 20 rows, counts 81 more at most").containsExactly(20, 81);

        Rows fewer = new Rows(130);
        ListPage<Integer> deeper = ListPage.countingSearch(fewer.page(5, 20), PageRequest.of(5, 20), true, fewer);
        assertThat(deeper.isTotalExact()).isTrue();
        assertThat(deeper.getTotalElements()).isEqualTo(130);

        Rows unsearched = new Rows(250_000);
        assertThat(ListPage.countingSearch(unsearched.page(0, 20), PageRequest.of(0, 20), false, unsearched).getTotalAtLeast())
                .as("a list without free text counts as far as ever").isEqualTo(1000);
    }

    @Test
    void aTotalBelowTheBoundIsExact() {
        Rows rows = new Rows(1000);
        ListPage<Integer> page = ListPage.counting(rows.page(0, 20), PageRequest.of(0, 20), rows);
        assertThat(page.isTotalExact()).isTrue();
        assertThat(page.getTotalElements()).isEqualTo(1000);
        assertThat(page.getTotalPages()).isEqualTo(50);
    }

    @Test
    void theFiftiethPageCountsToTheNextThousandPastItself() {
        Rows rows = new Rows(250_000);
        ListPage<Integer> page = ListPage.counting(rows.page(49, 20), PageRequest.of(49, 20), rows);
        assertThat(page.getNumber()).isEqualTo(49);
        assertThat(page.isTotalExact()).isFalse();
        assertThat(page.getTotalAtLeast()).isEqualTo(2000);
        assertThat(page.hasNext()).isTrue();

        Rows fewer = new Rows(1030);
        ListPage<Integer> nearTheEnd = ListPage.counting(fewer.page(49, 20), PageRequest.of(49, 20), fewer);
        assertThat(nearTheEnd.isTotalExact()).isTrue();
        assertThat(nearTheEnd.getTotalElements()).isEqualTo(1030);
        assertThat(nearTheEnd.getTotalPages()).isEqualTo(52);
    }

    @Test
    void aPagePastTheEndCountsExactlySoTheLastPageCanBeShown() {
        Rows rows = new Rows(45);
        ListPage<Integer> page = ListPage.counting(Collections.emptyList(), PageRequest.of(9, 20), rows);
        assertThat(page.isTotalExact()).isTrue();
        assertThat(page.getTotalElements()).isEqualTo(45);
        assertThat(page.getTotalPages()).isEqualTo(3);
    }

    @Test
    void mappingAndReplacingRowsKeepTheBoundedCount() {
        Rows rows = new Rows(5000);
        ListPage<Integer> page = ListPage.counting(rows.page(0, 20), PageRequest.of(0, 20), rows);
        ListPage<String> mapped = page.map(String::valueOf);
        ListPage<String> replaced = page.withContent(Collections.nCopies(20, "row"));
        for (ListPage<String> derived : List.of(mapped, replaced)) {
            assertThat(derived.isTotalExact()).isFalse();
            assertThat(derived.getTotalAtLeast()).isEqualTo(1000);
            assertThat(derived.getContent()).hasSize(20);
        }
    }
}
