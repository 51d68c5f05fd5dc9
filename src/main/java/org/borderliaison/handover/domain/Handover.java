package org.borderliaison.handover.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.borderliaison.agency.Country;
import org.borderliaison.attachment.AcceptedFile;
import org.borderliaison.attachment.AttachmentHolder;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.handover.HandoverSummary;
import org.borderliaison.handover.LegalBasisKind;
import org.borderliaison.handover.RecordNumber;
import org.borderliaison.handover.Representative;
import org.borderliaison.handover.domain.RepresentativeEntry.Side;
import org.borderliaison.shared.AuditedEntity;
import org.hibernate.Hibernate;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * Persons or goods handed to or received from a partner agency at the border, one event or a tally of
 * several (the quantity). The persons, when listed, are personal data: they are reached only through
 * {@link #listedPersons()} (not a bean property, so the record's history never shows them) and have their own
 * audit table.
 */
@Entity
@Table(name = "handover")
@Audited
public class Handover extends AuditedEntity implements AttachmentHolder<HandoverAttachment> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HandoverDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HandoverCategory category;

    @Column(name = "handover_date", nullable = false)
    private LocalDate date;

    /** {@link #date}'s year and month as yyyymm, computed by the database (V111): what the summary's months group by. */
    @Column(name = "handover_month", insertable = false, updatable = false)
    @NotAudited
    private Integer month;

    /** The time of day the handover took place; unknown (null) for records made before it was asked and for tallies. */
    @Column(name = "handover_time")
    private LocalTime time;

    /** The record's number within our agency's year, given once when the record is made and never changed. */
    private Integer recordYear;

    private Integer recordNumber;

    private String recordSymbol;

    private Long borderGateId;

    @Column(nullable = false)
    private long ourAgencyId;

    @Column(nullable = false)
    private long partnerAgencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Country partnerCountry;

    @Column(nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    private Country nationality;

    @Enumerated(EnumType.STRING)
    private LegalBasisKind legalBasisKind;

    private String legalBasisReference;

    private String notes;

    /** The case the handover belongs to, if any (a foreign key to case_file). */
    @Column(name = "case_file_id")
    private Long caseId;

    /** The agreement the handover rests on, if any (a foreign key: the agreement cannot be deleted meanwhile). */
    @Column(name = "legal_basis_agreement_id")
    private Long legalBasisAgreementId;

    /**
     * Who signs the record for each side, and the witnesses, in the order given within each side. Loaded with the
     * record (in batches for a list, hibernate.default_batch_fetch_size) since pages and API show them after the
     * transaction has ended.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "handover_representative", joinColumns = @JoinColumn(name = "handover_id"))
    @OrderColumn(name = "list_index")
    private List<RepresentativeEntry> representatives = new ArrayList<>();

    /** Persons listed, counted by the query that loads the record (no second query, no personal data). */
    @NotAudited
    @Formula("(select count(*) from handover_person p where p.handover_id = id)")
    private int personCount;

    @NotAudited
    @OneToMany(mappedBy = "handover", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seqNo")
    private List<HandoverPerson> persons = new ArrayList<>();

    /**
     * Files kept with the record (minutes, signed documents, scans); adding and removing one shows in the history but is
     * no edit: it leaves the version alone, so that a colleague's edit form opened before an upload still saves. (Hibernate
     * already leaves a mapped-by collection out of the version; said here so that a change of mapping cannot undo it.)
     */
    @jakarta.persistence.OneToMany(mappedBy = "handover", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @jakarta.persistence.OrderBy("uploadedAt, id")
    @OptimisticLock(excluded = true)
    private List<HandoverAttachment> attachments = new ArrayList<>();

    protected Handover() {
    }

    Handover(HandoverDetails details, Country partnerCountry, RecordNumber number) {
        this.recordYear = number.year();
        this.recordNumber = number.number();
        this.recordSymbol = number.symbol();
        apply(details, partnerCountry);
    }

    final void apply(HandoverDetails details, Country partnerCountry) {
        this.direction = details.direction();
        this.category = details.category();
        this.date = details.date();
        this.time = details.time();
        this.borderGateId = details.borderGateId();
        this.ourAgencyId = details.ourAgencyId();
        this.partnerAgencyId = details.partnerAgencyId();
        this.partnerCountry = partnerCountry;
        this.quantity = details.quantity();
        this.nationality = details.nationality();
        this.legalBasisKind = details.legalBasisKind();
        this.legalBasisReference = details.legalBasisReference();
        this.notes = details.notes();
        this.caseId = details.caseId();
        this.legalBasisAgreementId = details.legalBasisAgreementId();
        List<RepresentativeEntry> entries = new ArrayList<>();
        Representatives people = details.representatives();
        people.ours().forEach(r -> entries.add(new RepresentativeEntry(Side.OURS, r)));
        people.partner().forEach(r -> entries.add(new RepresentativeEntry(Side.PARTNER, r)));
        people.witnesses().forEach(r -> entries.add(new RepresentativeEntry(Side.WITNESS, r)));
        if (!representatives.equals(entries)) {
            representatives.clear();
            representatives.addAll(entries);
        }
    }

    /** Replaces the list of persons; their order is the order given. */
    void replacePersons(List<PersonDetails> listed) {
        persons.clear();
        for (int i = 0; i < listed.size(); i++) {
            persons.add(new HandoverPerson(this, i + 1, listed.get(i)));
        }
    }

    /** The persons listed, in order, within the transaction that loaded the record. Personal data: see {@link HandoverService#persons}. */
    List<PersonDetails> listedPersons() {
        return persons.stream().map(HandoverPerson::toDetails).toList();
    }

    /** How many persons are listed, which anyone who may see the record may know. */
    public int listedCount() {
        return Hibernate.isInitialized(persons) ? persons.size() : personCount;
    }

    public HandoverSummary toSummary() {
        return new HandoverSummary(getId(), direction, category, date, borderGateId, ourAgencyId, partnerAgencyId,
                partnerCountry, quantity);
    }

    @Override
    public HandoverAttachment attach(AcceptedFile file, String uploadedBy, java.time.Instant at) {
        HandoverAttachment attachment = new HandoverAttachment(this, file, uploadedBy, at);
        attachments.add(attachment);
        return attachment;
    }

    @Override
    public void detach(HandoverAttachment attachment) {
        attachments.remove(attachment);
    }

    @Override
    public List<HandoverAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public HandoverDirection getDirection() {
        return direction;
    }

    public HandoverCategory getCategory() {
        return category;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getTime() {
        return time;
    }

    /** The record's number, or null for a record that has none (none of its own year was numbered). */
    public RecordNumber getRecordNumber() {
        return recordNumber == null ? null : new RecordNumber(recordYear, recordNumber, recordSymbol);
    }

    /** The signers and witnesses, side by side; also what the record's history shows of them. */
    public List<RepresentativeEntry> getRepresentatives() {
        return List.copyOf(representatives);
    }

    public Representatives representatives() {
        return new Representatives(side(Side.OURS), side(Side.PARTNER), side(Side.WITNESS));
    }

    private List<Representative> side(Side side) {
        return representatives.stream().filter(entry -> entry.side() == side).map(RepresentativeEntry::toRepresentative).toList();
    }

    public Long getBorderGateId() {
        return borderGateId;
    }

    public long getOurAgencyId() {
        return ourAgencyId;
    }

    public long getPartnerAgencyId() {
        return partnerAgencyId;
    }

    public Country getPartnerCountry() {
        return partnerCountry;
    }

    public int getQuantity() {
        return quantity;
    }

    public Country getNationality() {
        return nationality;
    }

    public LegalBasisKind getLegalBasisKind() {
        return legalBasisKind;
    }

    public String getLegalBasisReference() {
        return legalBasisReference;
    }

    public String getNotes() {
        return notes;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getLegalBasisAgreementId() {
        return legalBasisAgreementId;
    }
}
