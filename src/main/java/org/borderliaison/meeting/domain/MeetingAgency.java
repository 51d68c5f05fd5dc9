package org.borderliaison.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.HistoryItem;
import org.borderliaison.audit.HistoryTerms;
import org.borderliaison.audit.Reference;

/**
 * An agency taking part in a meeting, on our side or the partner's. The agency's country is copied
 * (an agency never changes country) so that "meetings with Chinese partners" is a plain filter, and the
 * meeting's start date (kept equal by {@link Meeting}) so that a list restricted to agencies reads their
 * links in date order from one index instead of sorting every meeting ({@link MeetingsThroughLinks}).
 */
@Embeddable
public class MeetingAgency implements HistoryItem {

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Side side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Country country;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    protected MeetingAgency() {
    }

    MeetingAgency(long agencyId, Side side, Country country) {
        this.agencyId = agencyId;
        this.side = side;
        this.country = country;
    }

    /** Takes the meeting's start date over; not part of equality, like the country. */
    void datedOn(LocalDate meetingStart) {
        this.startDate = meetingStart;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public Side getSide() {
        return side;
    }

    public Country getCountry() {
        return country;
    }

    @Override
    public String describe(HistoryTerms terms) {
        return terms.message("meetingSide." + side) + ": " + terms.name(Reference.AGENCY, agencyId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeetingAgency that && Objects.equals(agencyId, that.agencyId) && side == that.side;
    }

    @Override
    public int hashCode() {
        return Objects.hash(agencyId, side);
    }

    @Override
    public String toString() {
        return side + " #" + agencyId;
    }
}
