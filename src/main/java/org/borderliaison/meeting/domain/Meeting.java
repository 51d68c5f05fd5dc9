package org.borderliaison.meeting.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderliaison.agency.Country;
import org.borderliaison.attachment.AcceptedFile;
import org.borderliaison.attachment.AttachmentHolder;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.shared.AuditedEntity;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.NotFoundException;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One meeting, visit, conference, or a tally of letters or hotline contacts over a period. Agencies are
 * kept by id (the agency module owns them); the rules that need to look agencies up live in
 * {@link MeetingService}, the ones about the record itself here.
 */
@Entity
@Table(name = "meeting")
@Audited
public class Meeting extends AuditedEntity implements AttachmentHolder<MeetingAttachment> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingKind kind;

    private String title;

    @Column(nullable = false)
    private LocalDate startDate;

    /** {@link #startDate}'s year and month as yyyymm, computed by the database (V111): what the summary's months group by. */
    @Column(insertable = false, updatable = false)
    @NotAudited
    private Integer startMonth;

    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Country placeCountry;

    private String locality;

    private Long borderGateId;

    @Column(nullable = false)
    private Long hostAgencyId;

    @ElementCollection
    @CollectionTable(name = "meeting_agency", joinColumns = @JoinColumn(name = "meeting_id"))
    private Set<MeetingAgency> agencies = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_head", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<HeadOfDelegation> heads = new ArrayList<>();

    @Column(nullable = false)
    private int ourParticipants;

    @Column(nullable = false)
    private int partnerParticipants;

    @ElementCollection
    @CollectionTable(name = "meeting_topic", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "field", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<CooperationField> topics = EnumSet.noneOf(CooperationField.class);

    private String outcome;

    /** How many events this record stands for: 1 for a meeting, the tally for "120 hotline contacts in March". */
    @Column(name = "event_count", nullable = false)
    private int count = 1;

    @ElementCollection
    @CollectionTable(name = "meeting_follow_up", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<FollowUpAction> followUps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_agreement", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<AgreementLink> agreements = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status = MeetingStatus.RECORDED;

    private String cancelReason;

    @NotAudited
    @Column(nullable = false)
    private String searchText = "";

    /**
     * Files kept with the record (minutes, signed documents, scans); adding and removing one shows in the history but is
     * no edit: it leaves the version alone, so that a colleague's edit form opened before an upload still saves. (Hibernate
     * already leaves a mapped-by collection out of the version; said here so that a change of mapping cannot undo it.)
     */
    @jakarta.persistence.OneToMany(mappedBy = "meeting", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @jakarta.persistence.OrderBy("uploadedAt, id")
    @OptimisticLock(excluded = true)
    private List<MeetingAttachment> attachments = new ArrayList<>();

    protected Meeting() {
    }

    /**
     * Takes the details over. The agencies come resolved (id, side, country) from the service, which
     * checked that they exist and sit on the right side.
     */
    void apply(MeetingDetails details, Set<MeetingAgency> resolvedAgencies, String folded) {
        if (details.endDate() != null && details.startDate() != null && details.endDate().isBefore(details.startDate())) {
            throw new BusinessRuleException("endDate", "meeting.error.endBeforeStart");
        }
        int newCount = details.count() == null ? 1 : details.count();
        if (newCount < 1) {
            throw new BusinessRuleException("count", "meeting.error.countBelowOne");
        }
        if (resolvedAgencies.stream().noneMatch(agency -> agency.getAgencyId().equals(details.hostAgencyId()))) {
            throw new BusinessRuleException("hostAgencyId", "meeting.error.hostNotParticipant");
        }
        this.kind = details.kind();
        this.title = MeetingText.clean(details.title());
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.placeCountry = details.placeCountry();
        this.locality = MeetingText.clean(details.locality());
        this.borderGateId = details.borderGateId();
        this.hostAgencyId = details.hostAgencyId();
        this.agencies.retainAll(resolvedAgencies);
        this.agencies.addAll(resolvedAgencies);
        this.agencies.forEach(agency -> agency.datedOn(startDate));
        replace(this.heads, details.heads().stream()
                .map(head -> new HeadOfDelegation(head.side(), MeetingText.clean(head.name()), MeetingText.clean(head.rank()),
                        MeetingText.clean(head.title())))
                .toList());
        this.ourParticipants = details.ourParticipants() == null ? 0 : details.ourParticipants();
        this.partnerParticipants = details.partnerParticipants() == null ? 0 : details.partnerParticipants();
        this.topics.retainAll(details.topics());
        this.topics.addAll(details.topics());
        this.outcome = MeetingText.clean(details.outcome());
        this.count = newCount;
        replace(this.followUps, details.followUps().stream()
                .map(followUp -> new FollowUpAction(MeetingText.clean(followUp.what()), followUp.ownerAgencyId(), followUp.dueDate(),
                        followUp.status() == null ? FollowUpStatus.OPEN : followUp.status()))
                .toList());
        this.searchText = folded;
    }

    /** The agreements signed or reviewed at the meeting, as the service checked them (known, visible, distinct). */
    void linkAgreements(List<AgreementLink> links) {
        replace(this.agreements, links);
    }

    /** Replaces a list's content in place, so Hibernate updates the rows that changed rather than all of them. */
    private static <T> void replace(List<T> target, List<T> content) {
        for (int i = 0; i < content.size(); i++) {
            if (i < target.size()) {
                if (!target.get(i).equals(content.get(i))) {
                    target.set(i, content.get(i));
                }
            } else {
                target.add(content.get(i));
            }
        }
        while (target.size() > content.size()) {
            target.remove(target.size() - 1);
        }
    }

    /** Changes only the count of a tally (the monthly grid); the rest of the record stays as it was. */
    void recount(int newCount) {
        if (newCount < 1) {
            throw new BusinessRuleException("count", "meeting.error.countBelowOne");
        }
        this.count = newCount;
    }

    /** The column's length (V20__meetings.sql). */
    static final int MAX_REASON_LENGTH = 1000;

    void cancel(String reason) {
        if (status == MeetingStatus.CANCELLED) {
            throw BusinessRuleException.global("meeting.error.alreadyCancelled");
        }
        String cleaned = MeetingText.clean(reason);
        if (cleaned == null) {
            throw new BusinessRuleException("reason", "meeting.error.reasonRequired");
        }
        if (cleaned.length() > MAX_REASON_LENGTH) {
            throw new BusinessRuleException("reason", "meeting.error.reasonTooLong", MAX_REASON_LENGTH);
        }
        this.status = MeetingStatus.CANCELLED;
        this.cancelReason = cleaned;
    }

    void requireRecorded() {
        if (status == MeetingStatus.CANCELLED) {
            throw BusinessRuleException.global("meeting.error.cancelled");
        }
    }

    void setFollowUpStatus(int index, FollowUpStatus newStatus) {
        if (index < 0 || index >= followUps.size()) {
            throw new NotFoundException("FollowUpAction", getId() + "/" + index);
        }
        followUps.set(index, followUps.get(index).withStatus(newStatus));
    }

    public boolean involvesAny(Set<Long> agencyIds) {
        return agencies.stream().anyMatch(agency -> agencyIds.contains(agency.getAgencyId()));
    }

    /** Every agency taking part, either side. */
    public List<Long> agencyIds() {
        return agencies.stream().map(MeetingAgency::getAgencyId).toList();
    }

    public List<Long> agencyIds(Side side) {
        return agencies.stream().filter(agency -> agency.getSide() == side).map(MeetingAgency::getAgencyId).sorted().toList();
    }

    @Override
    public MeetingAttachment attach(AcceptedFile file, String uploadedBy, java.time.Instant at) {
        MeetingAttachment attachment = new MeetingAttachment(this, file, uploadedBy, at);
        attachments.add(attachment);
        return attachment;
    }

    @Override
    public void detach(MeetingAttachment attachment) {
        attachments.remove(attachment);
    }

    @Override
    public List<MeetingAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Country getPlaceCountry() {
        return placeCountry;
    }

    public String getLocality() {
        return locality;
    }

    public Long getBorderGateId() {
        return borderGateId;
    }

    public Long getHostAgencyId() {
        return hostAgencyId;
    }

    public Set<MeetingAgency> getAgencies() {
        return agencies;
    }

    public List<HeadOfDelegation> getHeads() {
        return heads;
    }

    public int getOurParticipants() {
        return ourParticipants;
    }

    public int getPartnerParticipants() {
        return partnerParticipants;
    }

    public Set<CooperationField> getTopics() {
        return topics;
    }

    public String getOutcome() {
        return outcome;
    }

    public int getCount() {
        return count;
    }

    public List<FollowUpAction> getFollowUps() {
        return followUps;
    }

    public List<AgreementLink> getAgreements() {
        return agreements;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
