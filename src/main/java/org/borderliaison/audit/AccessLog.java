package org.borderliaison.audit;

import java.time.Clock;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the access log. Entries survive a rollback of the work that caused them. */
@Service
public class AccessLog {

    private final AccessLogRepository repository;
    private final Clock clock;

    AccessLog(AccessLogRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, AccessEvent event, String detail, String remoteAddr) {
        // a sign-in attempt may carry any name: keep what fits the column rather than lose the entry
        repository.save(new AccessLogEntry(Instant.now(clock), truncate(username, 100), event, truncate(detail, 1000), remoteAddr));
    }

    @Transactional(readOnly = true)
    public Page<AccessLogEntry> recent(String username, Pageable pageable) {
        if (username == null || username.isBlank()) {
            return repository.findAllByOrderByAtDesc(pageable);
        }
        return repository.findByUsernameOrderByAtDesc(username, pageable);
    }

    private static String truncate(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        // never half of a surrogate pair, which PostgreSQL would refuse
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }
}
