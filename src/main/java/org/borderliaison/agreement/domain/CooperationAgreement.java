package org.borderliaison.agreement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.agreement.AgreementSummary;
import org.borderliaison.attachment.AcceptedFile;
import org.borderliaison.attachment.AttachmentHolder;
import org.borderliaison.shared.AuditedEntity;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.SearchText;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A cooperation agreement (văn bản hợp tác) between two or more agencies of both sides of the border.
 * Guards what it can decide alone (dates, which statuses may follow which, signatories signing for a
 * party); {@link AgreementService} checks what needs the agency module and the user's scope.
 */
@Entity
@Table(name = "cooperation_agreement")
@Audited
public class CooperationAgreement extends AuditedEntity implements AttachmentHolder<AgreementAttachment> {

    @Column(nullable = false)
    private String titleVi;

    private String titlePartner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementKind kind;

    private String referenceNumber;

    /** Never {@link AgreementStatus#EXPIRED}: that one is computed from {@link #validTo}. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    private LocalDate signedOn;

    private String signingPlace;

    private LocalDate validFrom;

    private LocalDate validTo;

    private String summary;

    /** Why the draft was withdrawn or the agreement terminated. */
    private String statusReason;

    private LocalDate terminatedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private CooperationAgreement replaces;

    @ElementCollection
    @CollectionTable(name = "cooperation_agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "list_index")
    private List<AgreementParty> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cooperation_agreement_signatory", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "list_index")
    private List<Signatory> signatories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cooperation_agreement_field", joinColumns = @JoinColumn(name = "agreement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false)
    private Set<CooperationField> fields = new HashSet<>();

    /**
     * The scanned documents; adding or removing one shows in the history but leaves the version alone: no edit, so an
     * edit form opened before an upload still saves (Hibernate's default for a mapped-by collection, said here on purpose).
     */
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("uploadedAt, id")
    @OptimisticLock(excluded = true)
    private List<AgreementAttachment> attachments = new ArrayList<>();

    /** Folded title, partner-language title, reference and summary, for accent-insensitive search. */
    @NotAudited
    @Column(nullable = false)
    private String searchText;

    protected CooperationAgreement() {
    }

    CooperationAgreement(AgreementContent content) {
        if (content.status() == null || !content.status().isChoosable()) {
            throw new BusinessRuleException("status", "agreement.error.statusNotChoosable");
        }
        this.status = content.status();
        apply(content);
    }

    /** Writes what the user typed; the status only moves from draft to in force here. */
    void update(AgreementContent content) {
        if (status == AgreementStatus.WITHDRAWN) {
            throw BusinessRuleException.global("agreement.error.withdrawnIsClosed");
        }
        AgreementStatus requested = content.status() == null ? status : content.status();
        if (requested != status) {
            if (!(status == AgreementStatus.DRAFT && requested == AgreementStatus.IN_FORCE)) {
                throw new BusinessRuleException("status", "agreement.error.statusChange");
            }
            status = requested;
        }
        apply(content);
    }

    private void apply(AgreementContent content) {
        if (content.validFrom() != null && content.validTo() != null && content.validTo().isBefore(content.validFrom())) {
            throw new BusinessRuleException("validTo", "agreement.error.endBeforeStart");
        }
        if (content.validFrom() == null && content.signedOn() != null && content.validTo() != null
                && content.validTo().isBefore(content.signedOn())) {
            throw new BusinessRuleException("validTo", "agreement.error.endBeforeSigning");
        }
        if (terminatedOn != null && content.validFrom() != null && terminatedOn.isBefore(content.validFrom())) {
            throw new BusinessRuleException("validFrom", "agreement.error.startAfterTermination");
        }
        for (int i = 0; i < content.signatories().size(); i++) {
            long agencyId = content.signatories().get(i).getAgencyId();
            if (content.parties().stream().noneMatch(party -> party.getAgencyId() == agencyId)) {
                throw new BusinessRuleException("signatories[" + i + "].agencyId", "agreement.error.signatoryNotParty");
            }
        }
        if (content.replaces() != null) {
            requireNoReplacementCycle(content.replaces());
        }
        this.titleVi = content.titleVi();
        this.titlePartner = content.titlePartner();
        this.kind = content.kind();
        this.referenceNumber = content.referenceNumber();
        this.signedOn = content.signedOn();
        this.signingPlace = content.signingPlace();
        // "Valid from the signing" is how most memoranda word it.
        this.validFrom = content.validFrom() != null ? content.validFrom() : content.signedOn();
        this.validTo = content.validTo();
        this.summary = content.summary();
        this.replaces = content.replaces();
        replaceAll(parties, content.parties());
        replaceAll(signatories, content.signatories());
        fields.clear();
        fields.addAll(content.fields());
        this.searchText = SearchText.of(titleVi, titlePartner, referenceNumber, summary);
    }

    /** This agreement may not replace itself, nor one that (through its own predecessors) replaces this one. */
    private void requireNoReplacementCycle(CooperationAgreement predecessor) {
        Set<CooperationAgreement> seen = new HashSet<>();
        for (CooperationAgreement step = predecessor; step != null && seen.add(step); step = step.replaces) {
            if (step == this || (getId() != null && getId().equals(step.getId()))) {
                throw new BusinessRuleException("replacesId", "agreement.error.replacesItself");
            }
        }
    }

    private static <T> void replaceAll(List<T> target, List<T> source) {
        if (!target.equals(source)) {
            target.clear();
            target.addAll(source);
        }
    }

    /** A draft that will not be signed: kept, with the reason, but closed for edits. */
    void withdraw(String reason) {
        if (status != AgreementStatus.DRAFT) {
            throw BusinessRuleException.global("agreement.error.onlyDraftsWithdrawn");
        }
        this.status = AgreementStatus.WITHDRAWN;
        this.statusReason = reason.strip();
    }

    /** Ends an agreement in force before (or without) its end date. */
    void terminate(LocalDate on, String reason, LocalDate today) {
        if (effectiveStatus(today) != AgreementStatus.IN_FORCE) {
            throw BusinessRuleException.global("agreement.error.onlyInForceTerminated");
        }
        LocalDate start = validFrom != null ? validFrom : signedOn;
        if (start != null && on.isBefore(start)) {
            throw new BusinessRuleException("terminatedOn", "agreement.error.terminatedBeforeStart");
        }
        this.status = AgreementStatus.TERMINATED;
        this.terminatedOn = on;
        this.statusReason = reason.strip();
    }

    @Override
    public AgreementAttachment attach(AcceptedFile file, String uploadedBy, java.time.Instant at) {
        AgreementAttachment attachment = new AgreementAttachment(this, file, uploadedBy, at);
        attachments.add(attachment);
        return attachment;
    }

    @Override
    public void detach(AgreementAttachment attachment) {
        attachments.remove(attachment);
    }

    public AgreementStatus effectiveStatus(LocalDate today) {
        return AgreementStatus.effective(status, validTo, today);
    }

    public AgreementSummary toSummary(LocalDate today) {
        return new AgreementSummary(getId(), titleVi, kind, effectiveStatus(today), signedOn, validFrom, validTo, referenceNumber);
    }

    public String getTitleVi() {
        return titleVi;
    }

    public String getTitlePartner() {
        return titlePartner;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    /** The stored status; see {@link #effectiveStatus(LocalDate)} for what users see. */
    public AgreementStatus getStatus() {
        return status;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getSigningPlace() {
        return signingPlace;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getSummary() {
        return summary;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public CooperationAgreement getReplaces() {
        return replaces;
    }

    public List<AgreementParty> getParties() {
        return List.copyOf(parties);
    }

    public List<Signatory> getSignatories() {
        return List.copyOf(signatories);
    }

    public Set<CooperationField> getFields() {
        return fields.isEmpty() ? EnumSet.noneOf(CooperationField.class) : EnumSet.copyOf(fields);
    }

    @Override
    public List<AgreementAttachment> getAttachments() {
        return List.copyOf(attachments);
    }
}
