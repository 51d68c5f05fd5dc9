package org.borderliaison.casefile.domain;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderliaison.attachment.AcceptedFile;
import org.borderliaison.attachment.AttachmentHolder;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.casefile.CaseFileView;
import org.borderliaison.casefile.CaseStatus;
import org.borderliaison.shared.AuditedEntity;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.SearchText;
import org.hibernate.Hibernate;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A case worked with partner agencies. Its status is the last of its dated status changes; a change of
 * status appends a step, so the history says when the case reached each stage.
 */
@Entity
@Table(name = "case_file")
@Audited
public class CaseFile extends AuditedEntity implements AttachmentHolder<CaseFileAttachment> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseCategory category;

    @Column(name = "our_reference", nullable = false)
    private String ourReference;

    @Column(name = "partner_reference")
    private String partnerReference;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    /** {@link #openedOn}'s year and month as yyyymm, computed by the database (V111): what the summary's months group by. */
    @Column(name = "opened_month", insertable = false, updatable = false)
    @NotAudited
    private Integer openedMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(name = "lead_agency_id", nullable = false)
    private Long leadAgencyId;

    private int subjects;

    private int victims;

    private String summary;

    @NotAudited
    @Column(name = "search_text", nullable = false)
    private String searchText;

    @ElementCollection
    @CollectionTable(name = "case_file_partner", joinColumns = @JoinColumn(name = "case_file_id"))
    @OrderColumn(name = "position")
    private List<CasePartner> partners = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_file_status", joinColumns = @JoinColumn(name = "case_file_id"))
    @OrderColumn(name = "position")
    private List<StatusChange> statusChanges = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_file_seizure", joinColumns = @JoinColumn(name = "case_file_id"))
    @OrderColumn(name = "position")
    private List<Seizure> seizures = new ArrayList<>();

    /** The patrols the case came from (the foreign key keeps them from being deleted). */
    @ElementCollection
    @CollectionTable(name = "case_file_patrol", joinColumns = @JoinColumn(name = "case_file_id"))
    @Column(name = "patrol_id", nullable = false)
    private Set<Long> patrolIds = new HashSet<>();

    /** The meetings at which the case was discussed. */
    @ElementCollection
    @CollectionTable(name = "case_file_meeting", joinColumns = @JoinColumn(name = "case_file_id"))
    @Column(name = "meeting_id", nullable = false)
    private Set<Long> meetingIds = new HashSet<>();

    /** The agreements that are the case's legal basis. */
    @ElementCollection
    @CollectionTable(name = "case_file_agreement", joinColumns = @JoinColumn(name = "case_file_id"))
    @Column(name = "agreement_id", nullable = false)
    private Set<Long> agreementIds = new HashSet<>();

    /**
     * Files kept with the record (minutes, signed documents, scans); adding and removing one shows in the history but is
     * no edit: it leaves the version alone, so that a colleague's edit form opened before an upload still saves. (Hibernate
     * already leaves a mapped-by collection out of the version; said here so that a change of mapping cannot undo it.)
     */
    @jakarta.persistence.OneToMany(mappedBy = "caseFile", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @jakarta.persistence.OrderBy("uploadedAt, id")
    @OptimisticLock(excluded = true)
    private List<CaseFileAttachment> attachments = new ArrayList<>();

    protected CaseFile() {
    }

    CaseFile(CaseContent content, CaseStatus status, LocalDate statusDate, String statusNote, LocalDate today) {
        describe(content, today);
        if (statusDate.isBefore(content.openedOn())) {
            throw new BusinessRuleException("statusDate", "case.error.statusBeforeOpened");
        }
        changeStatus(status, statusDate, statusNote, today);
    }

    /** Replaces what the case says; the status history is changed only by {@link #changeStatus}. */
    void describe(CaseContent content, LocalDate today) {
        if (content.openedOn().isAfter(today)) {
            throw new BusinessRuleException("openedOn", "case.error.openedInFuture");
        }
        if (!statusChanges.isEmpty() && statusChanges.get(0).getChangedOn().isBefore(content.openedOn())) {
            throw new BusinessRuleException("openedOn", "case.error.openedAfterStatus", shown(statusChanges.get(0).getChangedOn()));
        }
        this.category = content.category();
        this.ourReference = content.ourReference();
        this.partnerReference = content.partnerReference();
        this.openedOn = content.openedOn();
        this.leadAgencyId = content.leadAgencyId();
        this.subjects = content.subjects();
        this.victims = content.victims();
        this.summary = content.summary();
        this.searchText = SearchText.of(ourReference, partnerReference, summary);
        replace(partners, content.partners());
        // Kept equal to the case's date on every write, also when the partners stay (the links' index reads by it).
        partners.forEach(partner -> partner.datedOn(openedOn));
        replace(seizures, content.seizures());
    }

    /** Replaces the links (checked by the service: visible records, no duplicates); sets left equal keep their rows. */
    void link(CaseLinks links) {
        replace(patrolIds, links.patrolIds());
        replace(meetingIds, links.meetingIds());
        replace(agreementIds, links.agreementIds());
    }

    /** Appends a step when the status changes; the same status again changes nothing. */
    void changeStatus(CaseStatus newStatus, LocalDate on, String note, LocalDate today) {
        if (newStatus == status) {
            return;
        }
        if (on.isAfter(today)) {
            throw new BusinessRuleException("statusDate", "case.error.statusInFuture");
        }
        if (on.isBefore(openedOn)) {
            throw new BusinessRuleException("statusDate", "case.error.statusBeforeOpened");
        }
        if (statusSince != null && on.isBefore(statusSince)) {
            throw new BusinessRuleException("statusDate", "case.error.statusBeforePrevious", shown(statusSince));
        }
        statusChanges.add(new StatusChange(newStatus, on, note));
        this.status = newStatus;
        this.statusSince = on;
    }

    private static String shown(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** Element collections are updated in place so that unchanged rows keep their history. */
    private static <T> void replace(java.util.Collection<T> current, java.util.Collection<T> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }

    /** Loads the collections, so that pages and API can show the case once the transaction has ended. */
    void loadDetails() {
        Hibernate.initialize(partners);
        Hibernate.initialize(statusChanges);
        Hibernate.initialize(seizures);
        Hibernate.initialize(patrolIds);
        Hibernate.initialize(meetingIds);
        Hibernate.initialize(agreementIds);
    }

    public CaseFileView toView() {
        return new CaseFileView(getId(), category, ourReference, partnerReference, openedOn, status, statusSince, leadAgencyId,
                partners.stream().map(CasePartner::getAgencyId).toList(), subjects, victims, getVersion());
    }

    @Override
    public CaseFileAttachment attach(AcceptedFile file, String uploadedBy, java.time.Instant at) {
        CaseFileAttachment attachment = new CaseFileAttachment(this, file, uploadedBy, at);
        attachments.add(attachment);
        return attachment;
    }

    @Override
    public void detach(CaseFileAttachment attachment) {
        attachments.remove(attachment);
    }

    @Override
    public List<CaseFileAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public CaseCategory getCategory() {
        return category;
    }

    public String getOurReference() {
        return ourReference;
    }

    public String getPartnerReference() {
        return partnerReference;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public Long getLeadAgencyId() {
        return leadAgencyId;
    }

    public int getSubjects() {
        return subjects;
    }

    public int getVictims() {
        return victims;
    }

    public String getSummary() {
        return summary;
    }

    public List<CasePartner> getPartners() {
        return List.copyOf(partners);
    }

    public List<StatusChange> getStatusChanges() {
        return List.copyOf(statusChanges);
    }

    /** The linked patrols' ids, in ascending order. */
    public List<Long> getPatrolIds() {
        return patrolIds.stream().sorted().toList();
    }

    /** The linked meetings' ids, in ascending order. */
    public List<Long> getMeetingIds() {
        return meetingIds.stream().sorted().toList();
    }

    /** The linked agreements' ids, in ascending order. */
    public List<Long> getAgreementIds() {
        return agreementIds.stream().sorted().toList();
    }

    CaseLinks links() {
        return new CaseLinks(Set.copyOf(patrolIds), Set.copyOf(meetingIds), Set.copyOf(agreementIds));
    }

    public List<Seizure> getSeizures() {
        return List.copyOf(seizures);
    }
}
