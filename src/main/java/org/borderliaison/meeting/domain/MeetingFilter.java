package org.borderliaison.meeting.domain;

import java.time.LocalDate;
import java.util.Set;
import org.borderliaison.agency.Country;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.shared.CooperationField;

/**
 * Which meetings a list, an export or the summary asks for. Every part is optional. Agency sets are
 * taken as given (callers expand an agency to its sub-tree); the user's scope is added by the service.
 */
public record MeetingFilter(LocalDate from, LocalDate to, MeetingKind kind, Country partnerCountry,
        Set<Long> partnerAgencyIds, Set<Long> ourAgencyIds, CooperationField field, MeetingStatus status, String q) {

    public static final MeetingFilter ALL = new MeetingFilter(null, null, null, null, null, null, null, null, null);

    public MeetingFilter withPartnerAgencyIds(Set<Long> newPartnerAgencyIds) {
        return new MeetingFilter(from, to, kind, partnerCountry, newPartnerAgencyIds, ourAgencyIds, field, status, q);
    }

    public MeetingFilter withStatus(MeetingStatus newStatus) {
        return new MeetingFilter(from, to, kind, partnerCountry, partnerAgencyIds, ourAgencyIds, field, newStatus, q);
    }
}
