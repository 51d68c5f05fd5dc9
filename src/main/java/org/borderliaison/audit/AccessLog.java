package org.borderliaison.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.ListPage;
import org.borderliaison.shared.ListQueries;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the access log. Entries survive a rollback of the work that caused them. */
@Service
public class AccessLog {

    private static final int MAX_PARAMETER_LENGTH = 200;
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 30);

    private final AccessLogRepository repository;
    private final ListQueries lists;
    private final Clock clock;

    AccessLog(AccessLogRepository repository, ListQueries lists, Clock clock) {
        this.repository = repository;
        this.lists = lists;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, AccessEvent event, String detail, String remoteAddr) {
        // a sign-in attempt may carry any name: keep what fits the column rather than lose the entry
        repository.save(new AccessLogEntry(Instant.now(clock), truncate(username, 100), event, truncate(detail, 1000),
                ClientAddress.readable(remoteAddr)));
    }

    /**
     * Records a download by the current user from the current request's address: {@code what} names the document
     * (a message key {@code accessLog.subject.<what>} labels it), {@code parameters} say which record, agency,
     * period or partner it covered (null values are left out; labels are {@code accessLog.parameter.<name>}).
     * Every download of the application goes through here, so the log has one shape for all of them.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void export(String what, Map<String, ?> parameters) {
        event(AccessEvent.EXPORT, what, parameters, null);
    }

    /**
     * Records an event of the current user from the current request's address with structured parameters, labelled
     * in the reader's language like an export's; {@code detail} is a plain-text account kept beside them (may be null).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void event(AccessEvent event, String subject, Map<String, ?> parameters, String detail) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value != null) {
                String text = String.valueOf(value);
                values.put(name, text.length() <= MAX_PARAMETER_LENGTH ? text : text.substring(0, MAX_PARAMETER_LENGTH));
            }
        });
        repository.save(new AccessLogEntry(Instant.now(clock), truncate(CurrentUser.username(), 100), event, truncate(detail, 1000), subject,
                JsonMapper.shared().writeValueAsString(values), ClientAddress.readable(currentRemoteAddress())));
    }

    @Transactional(readOnly = true)
    public Page<AccessLogEntry> recent(String username, Pageable pageable) {
        if (username == null || username.isBlank()) {
            return repository.findAllByOrderByAtDesc(pageable);
        }
        return repository.findByUsernameOrderByAtDesc(username, pageable);
    }

    /** The entries matching every criterion of {@code filter}, newest first. */
    @Transactional(readOnly = true)
    public ListPage<AccessLogEntry> search(AccessLogFilter filter, Pageable pageable) {
        Sort order = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));
        // withSort keeps the cursor of a page asked for by one (CursorPageRequest).
        Pageable newestFirst = pageable instanceof PageRequest request ? request.withSort(order)
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order);
        return lists.page(AccessLogEntry.class, matching(filter, clock.getZone()), newestFirst);
    }

    private static Specification<AccessLogEntry> matching(AccessLogFilter filter, ZoneId zone) {
        return (root, query, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.username() != null && !filter.username().isBlank()) {
                predicates.add(builder.equal(root.get("username"), filter.username().strip()));
            }
            if (filter.event() != null) {
                predicates.add(builder.equal(root.get("event"), filter.event()));
            }
            if (filter.from() != null) {
                predicates.add(builder.greaterThanOrEqualTo(root.get("at"), within(filter.from()).atStartOfDay(zone).toInstant()));
            }
            if (filter.to() != null) {
                predicates.add(builder.lessThan(root.get("at"), within(filter.to()).plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** A day the databases can store as a timestamp: a year like 99999 means "no bound" rather than an error. */
    private static LocalDate within(LocalDate day) {
        return day.isBefore(FIRST_DAY) ? FIRST_DAY : day.isAfter(LAST_DAY) ? LAST_DAY : day;
    }

    private static String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        // never half of a surrogate pair, which PostgreSQL would refuse
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }
}
