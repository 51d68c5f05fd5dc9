package org.borderliaison.meeting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderliaison.agency.Country;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.shared.CooperationField;

/**
 * What a user says about a meeting, as pages and API hand it to {@link MeetingService}. Field names match
 * the form's and the API's, so a refusal on {@code ourAgencyIds[1]} lands next to that row in both.
 */
public record MeetingDetails(
        MeetingKind kind,
        String title,
        LocalDate startDate,
        LocalDate endDate,
        Country placeCountry,
        String locality,
        Long borderGateId,
        Long hostAgencyId,
        List<Long> ourAgencyIds,
        List<Long> partnerAgencyIds,
        List<Head> heads,
        Integer ourParticipants,
        Integer partnerParticipants,
        Set<CooperationField> topics,
        String outcome,
        Integer count,
        List<FollowUp> followUps) {

    public MeetingDetails {
        // Copies that keep nulls: an empty row is reported on its own index, not dropped unseen.
        ourAgencyIds = copy(ourAgencyIds);
        partnerAgencyIds = copy(partnerAgencyIds);
        heads = copy(heads);
        topics = topics == null ? Set.of() : topics.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        followUps = copy(followUps);
    }

    /** Every agency the details name (participants, host, owners of follow-ups), for one look-up. */
    public Set<Long> agencyIds() {
        return Stream.of(ourAgencyIds.stream(), partnerAgencyIds.stream(), Stream.of(hostAgencyId),
                        followUps.stream().map(FollowUp::ownerAgencyId))
                .flatMap(ids -> ids).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** A head of delegation: which side, name, rank (cấp bậc) and title (chức vụ). */
    public record Head(Side side, String name, String rank, String title) {
    }

    /** A follow-up action: what, which agency owns it, by when, and where it stands (open when not said). */
    public record FollowUp(String what, Long ownerAgencyId, LocalDate dueDate, FollowUpStatus status) {
    }
}
