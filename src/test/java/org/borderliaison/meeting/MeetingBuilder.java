package org.borderliaison.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderliaison.agency.Country;
import org.borderliaison.meeting.domain.FollowUpStatus;
import org.borderliaison.meeting.domain.MeetingDetails;
import org.borderliaison.meeting.domain.Side;
import org.borderliaison.shared.CooperationField;

/**
 * Test meetings: {@code MeetingBuilder.aTalk("title").between(laoCai, hekou).on(date)}. The same meeting
 * as service details, as an API body (a map for the JSON mapper), or as page form parameters.
 */
public final class MeetingBuilder {

    private MeetingKind kind = MeetingKind.TALKS;
    private String title;
    private LocalDate startDate = LocalDate.of(2024, 6, 5);
    private LocalDate endDate;
    private Country placeCountry = Country.VN;
    private String locality = "Lào Cai";
    private Long borderGateId;
    private Long hostAgencyId;
    private final List<Long> ours = new ArrayList<>();
    private final List<Long> partners = new ArrayList<>();
    private final List<MeetingDetails.Head> heads = new ArrayList<>();
    private Integer ourParticipants = 5;
    private Integer partnerParticipants = 4;
    private final Set<CooperationField> topics = EnumSet.of(CooperationField.DRUG_CRIME);
    private String outcome = "Thống nhất trao đổi thông tin.";
    private Integer count = 1;
    private final List<MeetingDetails.FollowUp> followUps = new ArrayList<>();

    private MeetingBuilder(String title) {
        this.title = title;
    }

    public static MeetingBuilder aTalk(String title) {
        return new MeetingBuilder(title);
    }

    public static MeetingBuilder aTally(MeetingKind kind, int count, String title) {
        return new MeetingBuilder(title).kind(kind).count(count);
    }

    /** Our agency {@code ours} (also the host) with the partner {@code partner}. */
    public MeetingBuilder between(long ours, long partner) {
        this.ours.add(ours);
        this.partners.add(partner);
        if (hostAgencyId == null) {
            hostAgencyId = ours;
        }
        return this;
    }

    public MeetingBuilder ours(Long... ids) {
        ours.addAll(List.of(ids));
        if (hostAgencyId == null && ids.length > 0) {
            hostAgencyId = ids[0];
        }
        return this;
    }

    public MeetingBuilder partners(Long... ids) {
        partners.addAll(List.of(ids));
        return this;
    }

    public MeetingBuilder host(Long id) {
        hostAgencyId = id;
        return this;
    }

    public MeetingBuilder kind(MeetingKind newKind) {
        kind = newKind;
        return this;
    }

    public MeetingBuilder on(LocalDate date) {
        startDate = date;
        return this;
    }

    public MeetingBuilder until(LocalDate date) {
        endDate = date;
        return this;
    }

    public MeetingBuilder count(Integer newCount) {
        count = newCount;
        return this;
    }

    public MeetingBuilder outcome(String text) {
        outcome = text;
        return this;
    }

    public MeetingBuilder head(Side side, String name, String rank, String headTitle) {
        heads.add(new MeetingDetails.Head(side, name, rank, headTitle));
        return this;
    }

    public MeetingBuilder followUp(String what, Long owner, LocalDate due, FollowUpStatus status) {
        followUps.add(new MeetingDetails.FollowUp(what, owner, due, status));
        return this;
    }

    public MeetingDetails details() {
        return new MeetingDetails(kind, title, startDate, endDate, placeCountry, locality, borderGateId, hostAgencyId, ours, partners,
                heads, ourParticipants, partnerParticipants, topics, outcome, count, followUps);
    }

    /** The API request body; {@code version} null for a create. */
    public Map<String, Object> body(Long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (version != null) {
            body.put("version", version);
        }
        body.put("kind", kind);
        body.put("title", title);
        body.put("startDate", startDate == null ? null : startDate.toString());
        body.put("endDate", endDate == null ? null : endDate.toString());
        body.put("placeCountry", placeCountry);
        body.put("locality", locality);
        body.put("borderGateId", borderGateId);
        body.put("hostAgencyId", hostAgencyId);
        body.put("ourAgencyIds", ours);
        body.put("partnerAgencyIds", partners);
        body.put("heads", heads.stream().map(head -> Map.of("side", head.side(), "name", head.name(),
                "rank", head.rank() == null ? "" : head.rank(), "title", head.title() == null ? "" : head.title())).toList());
        body.put("ourParticipants", ourParticipants);
        body.put("partnerParticipants", partnerParticipants);
        body.put("topics", topics);
        body.put("outcome", outcome);
        body.put("count", count);
        body.put("followUps", followUps.stream().map(followUp -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("what", followUp.what());
            row.put("ownerAgencyId", followUp.ownerAgencyId());
            row.put("dueDate", followUp.dueDate() == null ? null : followUp.dueDate().toString());
            row.put("status", followUp.status());
            return row;
        }).toList());
        return body;
    }
}
