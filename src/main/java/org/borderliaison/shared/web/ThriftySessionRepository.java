package org.borderliaison.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database session store (Spring Session JDBC) without its writes on every read. Spring Session moves a session's
 * last-access time on every request, which makes every page read an update of the session row; here the time is
 * written only when it has moved by {@link #ACCESS_TIME_PRECISION} or more, so a page read costs one read of the
 * session. Attribute changes are still written at the end of the request that made them, and expiry still counts from
 * the stored time, at most {@link #ACCESS_TIME_PRECISION} early. {@link ReadOnce} also keeps the session a request
 * read, because the session filter commits twice (when the response is committed and when the request ends) and
 * would read the session again from the database for the second commit.
 */
class ThriftySessionRepository implements FindByIndexNameSessionRepository<ThriftySessionRepository.ThriftySession> {

    /** An idle timeout with minute accuracy is enough; moving the stored time more often only costs writes. */
    static final Duration ACCESS_TIME_PRECISION = Duration.ofMinutes(1);

    /** The sessions read by the current request, by id; null outside a request that {@link ReadOnce} wraps. */
    private static final ThreadLocal<Map<String, ThriftySession>> READ_BY_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<Session> store;

    /** {@code store}: Spring Session's JDBC store, whose session type is not public. */
    @SuppressWarnings("unchecked")
    ThriftySessionRepository(FindByIndexNameSessionRepository<? extends Session> store) {
        this.store = (FindByIndexNameSessionRepository<Session>) store;
    }

    @Override
    public ThriftySession createSession() {
        return new ThriftySession(store.createSession());
    }

    @Override
    public void save(ThriftySession session) {
        store.save(session.stored);
    }

    @Override
    public ThriftySession findById(String id) {
        Map<String, ThriftySession> read = READ_BY_REQUEST.get();
        ThriftySession known = read == null ? null : read.get(id);
        if (known != null && known.getId().equals(id) && !known.isExpired()) {
            return known;
        }
        Session stored = store.findById(id);
        ThriftySession session = stored == null ? null : new ThriftySession(stored);
        if (session != null && read != null) {
            read.put(id, session);
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        Map<String, ThriftySession> read = READ_BY_REQUEST.get();
        if (read != null) {
            read.remove(id);
        }
        store.deleteById(id);
    }

    @Override
    public Map<String, ThriftySession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, ThriftySession> sessions = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, stored) -> sessions.put(id, new ThriftySession(stored)));
        return sessions;
    }

    /** A stored session whose last-access time moves only in steps of {@link #ACCESS_TIME_PRECISION}. */
    static final class ThriftySession implements Session {

        private final Session stored;

        private ThriftySession(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(ACCESS_TIME_PRECISION) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }

    /** Runs around the session filter: the sessions a request reads are kept for that request only. */
    static final class ReadOnce extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Map<String, ThriftySession> outer = READ_BY_REQUEST.get();
            READ_BY_REQUEST.set(new HashMap<>(2));
            try {
                chain.doFilter(request, response);
            } finally {
                if (outer == null) {
                    READ_BY_REQUEST.remove();
                } else {
                    READ_BY_REQUEST.set(outer);
                }
            }
        }
    }
}
