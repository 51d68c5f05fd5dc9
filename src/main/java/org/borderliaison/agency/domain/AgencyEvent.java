package org.borderliaison.agency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.borderliaison.agency.AgencyEventKind;

/**
 * One entry of an agency's timeline. {@code otherAgencyId} is the new parent of a move, the successor of a merge, the
 * absorbed agency of an absorption; {@code previousAgencyId} the parent before a move.
 */
@Entity
@Table(name = "agency_event")
public class AgencyEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AgencyEventKind kind;

    @Column(nullable = false, updatable = false)
    private LocalDate effectiveDate;

    private Long otherAgencyId;

    private Long previousAgencyId;

    private String nameBefore;

    private String nameAfter;

    private String details;

    private String author;

    @Column(nullable = false, updatable = false)
    private Instant at;

    protected AgencyEvent() {
    }

    AgencyEvent(long agencyId, AgencyEventKind kind, LocalDate effectiveDate, Long otherAgencyId, Long previousAgencyId,
            String author, Instant at) {
        this.agencyId = agencyId;
        this.kind = kind;
        this.effectiveDate = effectiveDate;
        this.otherAgencyId = otherAgencyId;
        this.previousAgencyId = previousAgencyId;
        this.author = author;
        this.at = at;
    }

    AgencyEvent renamed(String before, String after) {
        this.nameBefore = before;
        this.nameAfter = after;
        return this;
    }

    AgencyEvent details(String text) {
        this.details = text;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public AgencyEventKind getKind() {
        return kind;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public Long getOtherAgencyId() {
        return otherAgencyId;
    }

    public Long getPreviousAgencyId() {
        return previousAgencyId;
    }

    public String getNameBefore() {
        return nameBefore;
    }

    public String getNameAfter() {
        return nameAfter;
    }

    public String getDetails() {
        return details;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getAt() {
        return at;
    }
}
