package org.borderliaison.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One line of the access log. Append-only: never changed, so it needs no version or history. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccessEvent event;

    private String detail;

    private String remoteAddr;

    /**
     * What an export delivered or an event concerned ("summary-pdf", "handover-persons"...); labelled by a message key
     * on the page. Null for events with only a plain-text detail.
     */
    private String subject;

    /** The parameters of the event (which record, agency, period...) as a JSON object of strings, in their order. */
    private String parameters;

    protected AccessLogEntry() {
    }

    AccessLogEntry(Instant at, String username, AccessEvent event, String detail, String remoteAddr) {
        this.at = at;
        this.username = username;
        this.event = event;
        this.detail = detail;
        this.remoteAddr = remoteAddr;
    }

    AccessLogEntry(Instant at, String username, AccessEvent event, String detail, String subject, String parameters,
            String remoteAddr) {
        this(at, username, event, detail, remoteAddr);
        this.subject = subject;
        this.parameters = parameters;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public AccessEvent getEvent() {
        return event;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddr() {
        return remoteAddr;
    }

    public String getSubject() {
        return subject;
    }

    /** The export's parameters by name (empty for other events), in the order they were recorded. */
    public Map<String, String> getParameters() {
        if (parameters == null || parameters.isBlank()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(JsonMapper.shared().readValue(parameters, new TypeReference<LinkedHashMap<String, String>>() {
        }));
    }
}
