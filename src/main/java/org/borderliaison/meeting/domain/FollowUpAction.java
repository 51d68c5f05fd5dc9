package org.borderliaison.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.borderliaison.audit.HistoryItem;
import org.borderliaison.audit.HistoryTerms;
import org.borderliaison.audit.Reference;

/**
 * Something agreed at a meeting that one of the agencies must do by a date. Part of the meeting:
 * marking it done is a change of the meeting, with its version and history.
 */
@Embeddable
public class FollowUpAction implements HistoryItem {

    @Column(name = "action", nullable = false)
    private String what;

    @Column(name = "owner_agency_id")
    private Long ownerAgencyId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpStatus status;

    protected FollowUpAction() {
    }

    FollowUpAction(String what, Long ownerAgencyId, LocalDate dueDate, FollowUpStatus status) {
        this.what = what;
        this.ownerAgencyId = ownerAgencyId;
        this.dueDate = dueDate;
        this.status = status;
    }

    public String getWhat() {
        return what;
    }

    public Long getOwnerAgencyId() {
        return ownerAgencyId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    /** A copy with another status: elements are replaced, not mutated, so the change is seen as one. */
    FollowUpAction withStatus(FollowUpStatus newStatus) {
        return new FollowUpAction(what, ownerAgencyId, dueDate, newStatus);
    }

    @Override
    public String describe(HistoryTerms terms) {
        return what + (ownerAgencyId == null ? "" : " · " + terms.name(Reference.AGENCY, ownerAgencyId))
                + (dueDate == null ? "" : " · " + terms.message("meeting.followUp.dueDate") + " " + terms.value(dueDate))
                + " · " + terms.value(status);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FollowUpAction that && Objects.equals(what, that.what) && Objects.equals(ownerAgencyId, that.ownerAgencyId)
                && Objects.equals(dueDate, that.dueDate) && Objects.equals(status, that.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(what, ownerAgencyId, dueDate, status);
    }

    @Override
    public String toString() {
        return what + " · " + (ownerAgencyId == null ? "" : "#" + ownerAgencyId + " · ") + (dueDate == null ? "" : dueDate + " · ") + status;
    }
}
