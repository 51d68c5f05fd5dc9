package org.borderliaison.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What {@link ScopeService} works out from the agency tree, kept across requests: a restricted reader's scope over
 * time takes three or more queries, asked on every page, and only administrators change the tree.
 *
 * <p><b>Never stale.</b> A stale scope would show a reader records outside their agency's scope, so everything is kept
 * on a {@link Shelf} that belongs to one state of the tree and one day (a scope depends on today: placements are
 * effective-dated). The state is told by two generations:
 * <ul>
 * <li>the <em>stored</em> one ({@link AgencyHierarchy#treeGeneration()}), advanced in the transaction of every change
 * and read once per request: a change committed on any instance reaches the readers of every instance;</li>
 * <li>the <em>local</em> one, advanced by {@link AgencyTreeChanged} once the changing transaction has ended, committed
 * or rolled back: what a reader worked out inside that transaction (from a tree that may never be committed) is
 * dropped either way.</li>
 * </ul>
 * A value is kept only on the shelf that was current before it was worked out, and a kept value is served only while
 * its shelf is still current: a scope worked out from the old tree while the tree changed goes onto a shelf that no one
 * reads any more. A request that read an older stored generation than the shelf's keeps nothing.
 *
 * <p>Tests that write the tree with SQL announce it like the agency module (test support {@code AgencyTreeWrites}).
 */
@Component
public class ScopeCache {

    /** The values of one state of the tree on one day. */
    private record Shelf(long local, long stored, LocalDate day, ConcurrentMap<Object, Object> values) {

        Shelf(long local, long stored, LocalDate day) {
            this(local, stored, day, new ConcurrentHashMap<>());
        }
    }

    private final AtomicReference<Shelf> current = new AtomicReference<>(new Shelf(0, Long.MIN_VALUE, null));

    /**
     * The value kept under {@code key} for {@code today} and the tree's {@code storedGeneration}, or {@code workOut}'s,
     * kept unless the tree or the day changed while it was worked out. A null from {@code workOut} is returned and not
     * kept (an unknown agency: the unknown ids anyone may ask for would fill the memory).
     */
    <T> T get(Object key, LocalDate today, long storedGeneration, Class<T> type, Supplier<T> workOut) {
        Shelf shelf = shelfFor(today, storedGeneration);
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

    /**
     * {@link #get} for many values at once: those kept under {@code key(id)} of {@code ids}, and {@code workOut}'s for
     * the others in one call (kept on the same terms). Null ids, and ids {@code workOut} leaves out, are left out and not
     * kept.
     */
    <V> Map<Long, V> getAll(Collection<Long> ids, Function<Long, Object> key, LocalDate today, long storedGeneration,
            Class<V> type, Function<Collection<Long>, Map<Long, V>> workOut) {
        Shelf shelf = shelfFor(today, storedGeneration);
        Map<Long, V> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            if (id == null) {
                continue;
            }
            Object kept = shelf == null ? null : shelf.values().get(key.apply(id));
            if (type.isInstance(kept)) {
                found.put(id, type.cast(kept));
            } else {
                missing.add(id);
            }
        }
        if (!found.isEmpty() && current.get() != shelf) {
            // Replaced while reading: nothing read from it is served.
            found.clear();
            missing = ids.stream().filter(Objects::nonNull).toList();
        }
        if (!missing.isEmpty()) {
            Map<Long, V> worked = workOut.apply(missing);
            if (shelf != null && current.get() == shelf) {
                worked.forEach((id, value) -> shelf.values().putIfAbsent(key.apply(id), value));
            }
            found.putAll(worked);
        }
        return found;
    }

    /**
     * The shelf of this day and stored generation, started when either moved on; null (keep nothing) for a request
     * behind the shelf (it read the generation before a change committed) or when the tree changed at that moment.
     */
    private Shelf shelfFor(LocalDate today, long storedGeneration) {
        Shelf shelf = current.get();
        if (today.equals(shelf.day()) && storedGeneration == shelf.stored()) {
            return shelf;
        }
        if (shelf.day() != null && (today.isBefore(shelf.day()) || storedGeneration < shelf.stored())) {
            return null;
        }
        Shelf next = new Shelf(shelf.local(), storedGeneration, today);
        return current.compareAndSet(shelf, next) ? next : null;
    }

    /**
     * Drops everything once the transaction that changed the tree has ended (at once outside a transaction). The next
     * request's stored generation starts the next shelf, whichever it is: after a rollback it is the one before.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    public void treeChanged(AgencyTreeChanged change) {
        current.updateAndGet(shelf -> new Shelf(shelf.local() + 1, Long.MIN_VALUE, shelf.day()));
    }

    /** How many changes this instance has seen end since it started (for tests). */
    public long localGeneration() {
        return current.get().local();
    }
}
