package org.borderliaison.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.BorderGateView;
import org.borderliaison.agency.Country;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.shared.CooperationField;

/**
 * A meeting with its agencies resolved, as the detail page, the form and the API show it. Built inside
 * the service's transaction, so nothing is loaded lazily afterwards.
 */
public record MeetingView(long id, long version, MeetingKind kind, String title, LocalDate startDate, LocalDate endDate,
        Country placeCountry, String locality, BorderGateView borderGate, AgencyView host, List<AgencyView> ourAgencies,
        List<AgencyView> partnerAgencies, List<HeadOfDelegation> heads, int ourParticipants, int partnerParticipants,
        List<CooperationField> topics, String outcome, int count, List<FollowUpView> followUps, MeetingStatus status,
        String cancelReason, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, boolean editable) {

    public List<HeadOfDelegation> heads(Side side) {
        return heads.stream().filter(head -> head.getSide() == side).toList();
    }

    public List<HeadOfDelegation> ourHeads() {
        return heads(Side.OUR);
    }

    public List<HeadOfDelegation> partnerHeads() {
        return heads(Side.PARTNER);
    }

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    /**
     * A follow-up action in place {@code index} of its meeting; {@code owner} is null when none was named.
     * {@code due} says whether it is open and due within the warning period or overdue.
     */
    public record FollowUpView(int index, String what, AgencyView owner, LocalDate dueDate, FollowUpStatus status,
            boolean due, boolean overdue) {
    }
}
