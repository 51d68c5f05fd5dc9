package org.borderliaison.casefile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.borderliaison.audit.HistoryItem;
import org.borderliaison.audit.HistoryTerms;
import org.borderliaison.casefile.CaseStatus;

/** One step of a case's status, with the date it was reached. */
@Embeddable
public class StatusChange implements HistoryItem {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    private String note;

    protected StatusChange() {
    }

    StatusChange(CaseStatus status, LocalDate changedOn, String note) {
        this.status = status;
        this.changedOn = changedOn;
        this.note = note;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public String getNote() {
        return note;
    }

    @Override
    public String describe(HistoryTerms terms) {
        return terms.value(status) + " · " + terms.value(changedOn) + (note == null || note.isBlank() ? "" : " · " + note);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusChange change && status == change.status && Objects.equals(changedOn, change.changedOn)
                && Objects.equals(note, change.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, changedOn);
    }
}
