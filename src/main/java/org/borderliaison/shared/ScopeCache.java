package org.borderliaison.shared;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What {@link ScopeService} works out from the agency tree, kept across requests: a restricted reader's scope over
 * time takes three or more queries, asked on every page, and only administrators change the tree.
 *
 * <p><b>Never stale.</b> A stale scope would show a reader records outside their agency's scope, so everything is kept
 * on a {@link Shelf} that belongs to one generation of the tree and one day (a scope depends on today: placements are
 * effective-dated). {@link AgencyTreeChanged} starts a new generation once the changing transaction has ended
 * (committed or rolled back: what a reader of that transaction worked out is dropped either way); a new day starts a
 * new shelf too. A value is kept only on the shelf that was current before it was worked out, and a kept value is
 * served only while its shelf is still current: a scope worked out from the old tree while the tree changed goes onto a
 * shelf that no one reads any more.
 *
 * <p>Tests that write the tree with SQL announce it with the same event (test support {@code AgencyTreeWrites}).
 */
@Component
public class ScopeCache {

    /** The values of one generation of the tree on one day. */
    private record Shelf(long generation, LocalDate day, ConcurrentMap<Object, Object> values) {

        Shelf(long generation, LocalDate day) {
            this(generation, day, new ConcurrentHashMap<>());
        }
    }

    private final AtomicReference<Shelf> current = new AtomicReference<>(new Shelf(0, null));

    /**
     * The value kept under {@code key} for {@code today}, or {@code workOut}'s, kept unless the tree or the day changed
     * while it was worked out. A null from {@code workOut} is returned and not kept (an unknown agency: the unknown
     * ids anyone may ask for would fill the memory).
     */
    <T> T get(Object key, LocalDate today, Class<T> type, Supplier<T> workOut) {
        Shelf shelf = shelfFor(today);
        if (shelf != null) {
            Object kept = shelf.values().get(key);
            // Read again after the value: a value put on a shelf that was replaced meanwhile is not served.
            if (type.isInstance(kept) && current.get() == shelf) {
                return type.cast(kept);
            }
        }
        T value = workOut.get();
        if (shelf != null && value != null && current.get() == shelf) {
            shelf.values().putIfAbsent(key, value);
        }
        return value;
    }

    /** Today's shelf, started when the day changed; null when the tree changed at that very moment (keep nothing). */
    private Shelf shelfFor(LocalDate today) {
        Shelf shelf = current.get();
        if (today.equals(shelf.day())) {
            return shelf;
        }
        Shelf next = new Shelf(shelf.generation(), today);
        return current.compareAndSet(shelf, next) ? next : null;
    }

    /** Drops everything once the transaction that changed the tree has ended (at once outside a transaction). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    public void treeChanged(AgencyTreeChanged change) {
        current.updateAndGet(shelf -> new Shelf(shelf.generation() + 1, shelf.day()));
    }

    /** The tree's generation: how many changes were announced since the start (for tests and logs). */
    public long generation() {
        return current.get().generation();
    }
}
