package org.borderliaison.meeting.domain;

import java.time.LocalDate;
import java.util.Set;
import org.borderliaison.agency.Country;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.DatedAgencies;

/**
 * Which meetings a list, an export or the summary asks for. Every part is optional. Agency sets are
 * taken as given (callers expand an agency to its sub-tree); the user's scope is added by the service.
 * A list filter "with its sub-units" gives the sub-tree over time as well ({@code partnersOverTime},
 * {@code oursOverTime}): a meeting then matches when the agency lay beneath on the meeting's date, and the sets are
 * every agency ever beneath (which links to read).
 */
public record MeetingFilter(LocalDate from, LocalDate to, MeetingKind kind, Country partnerCountry,
        Set<Long> partnerAgencyIds, Set<Long> ourAgencyIds, CooperationField field, MeetingStatus status, String q,
        DatedAgencies partnersOverTime, DatedAgencies oursOverTime) {

    public static final MeetingFilter ALL = new MeetingFilter(null, null, null, null, null, null, null, null, null);

    /** A filter whose agency sets count whatever the meeting's date. */
    public MeetingFilter(LocalDate from, LocalDate to, MeetingKind kind, Country partnerCountry, Set<Long> partnerAgencyIds,
            Set<Long> ourAgencyIds, CooperationField field, MeetingStatus status, String q) {
        this(from, to, kind, partnerCountry, partnerAgencyIds, ourAgencyIds, field, status, q, null, null);
    }

    /** A filter with sub-trees over time; their sets are every agency ever beneath. */
    public static MeetingFilter overTime(LocalDate from, LocalDate to, MeetingKind kind, Country partnerCountry,
            DatedAgencies partners, DatedAgencies ours, CooperationField field, MeetingStatus status, String q) {
        return new MeetingFilter(from, to, kind, partnerCountry, partners == null ? null : partners.ids(),
                ours == null ? null : ours.ids(), field, status, q, partners, ours);
    }

    public MeetingFilter withPartnerAgencyIds(Set<Long> newPartnerAgencyIds) {
        return new MeetingFilter(from, to, kind, partnerCountry, newPartnerAgencyIds, ourAgencyIds, field, status, q,
                newPartnerAgencyIds == null ? null : partnersOverTime, oursOverTime);
    }

    public MeetingFilter withStatus(MeetingStatus newStatus) {
        return new MeetingFilter(from, to, kind, partnerCountry, partnerAgencyIds, ourAgencyIds, field, newStatus, q,
                partnersOverTime, oursOverTime);
    }

    /** Whether the partner filter depends on the meeting's date (a reorganisation touched the partner's sub-tree). */
    boolean partnersDated() {
        return partnersOverTime != null && !partnersOverTime.undated();
    }
}
