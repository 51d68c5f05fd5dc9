package org.borderliaison.handover.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.handover.LegalBasisKind;
import org.borderliaison.handover.domain.Handover;
import org.borderliaison.handover.domain.HandoverDetails;
import org.borderliaison.handover.domain.PersonDetails;
import org.borderliaison.handover.domain.Representatives;
import org.springframework.format.annotation.DateTimeFormat;

/** The handover form: the record's fields, the rows of signers and witnesses, and the rows of persons (dynamic rows). */
public class HandoverForm {

    private Long version;

    @NotNull
    private HandoverDirection direction;

    @NotNull
    private HandoverCategory category;

    @NotNull
    private LocalDate date;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime time;

    private Long borderGateId;

    @NotNull
    private Long ourAgencyId;

    @NotNull
    private Long partnerAgencyId;

    @NotNull
    @Min(1)
    private Integer quantity;

    private Country nationality;

    private LegalBasisKind legalBasisKind;

    @Size(max = 200)
    private String legalBasisReference;

    @Size(max = 2000)
    private String notes;

    private Long caseId;

    private Long legalBasisAgreementId;

    private List<@Valid RepresentativeRow> ourRepresentatives = new ArrayList<>();

    private List<@Valid RepresentativeRow> partnerRepresentatives = new ArrayList<>();

    private List<@Valid RepresentativeRow> witnesses = new ArrayList<>();

    private List<@Valid PersonRow> persons = new ArrayList<>();

    /**
     * A new handover's form filled from {@code handover} ("copy as a new record"): agencies, gate, legal basis and
     * representatives, the date kept for the user to change. The persons are left out: their personal data belongs to
     * the original record and is read only under its own access rules.
     */
    static HandoverForm copyOf(Handover handover) {
        HandoverForm form = of(handover, List.of());
        form.version = null;
        return form;
    }

    static HandoverForm of(Handover handover, List<PersonDetails> persons) {
        HandoverForm form = new HandoverForm();
        form.version = handover.getVersion();
        form.direction = handover.getDirection();
        form.category = handover.getCategory();
        form.date = handover.getDate();
        form.time = handover.getTime();
        form.borderGateId = handover.getBorderGateId();
        form.ourAgencyId = handover.getOurAgencyId();
        form.partnerAgencyId = handover.getPartnerAgencyId();
        form.quantity = handover.getQuantity();
        form.nationality = handover.getNationality();
        form.legalBasisKind = handover.getLegalBasisKind();
        form.legalBasisReference = handover.getLegalBasisReference();
        form.notes = handover.getNotes();
        form.caseId = handover.getCaseId();
        form.legalBasisAgreementId = handover.getLegalBasisAgreementId();
        form.persons = new ArrayList<>(persons.stream().map(PersonRow::of).toList());
        Representatives people = handover.representatives();
        form.ourRepresentatives = new ArrayList<>(people.ours().stream().map(RepresentativeRow::of).toList());
        form.partnerRepresentatives = new ArrayList<>(people.partner().stream().map(RepresentativeRow::of).toList());
        form.witnesses = new ArrayList<>(people.witnesses().stream().map(RepresentativeRow::of).toList());
        return form;
    }

    HandoverDetails details() {
        return new HandoverDetails(direction, category, date, borderGateId, ourAgencyId, partnerAgencyId, quantity, nationality,
                legalBasisKind, legalBasisReference, notes, persons.stream().map(PersonRow::details).toList(), caseId,
                legalBasisAgreementId, time, new Representatives(RepresentativeRow.representatives(ourRepresentatives),
                RepresentativeRow.representatives(partnerRepresentatives), RepresentativeRow.representatives(witnesses)));
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public HandoverDirection getDirection() {
        return direction;
    }

    public void setDirection(HandoverDirection direction) {
        this.direction = direction;
    }

    public HandoverCategory getCategory() {
        return category;
    }

    public void setCategory(HandoverCategory category) {
        this.category = category;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public List<RepresentativeRow> getOurRepresentatives() {
        return ourRepresentatives;
    }

    public void setOurRepresentatives(List<RepresentativeRow> ourRepresentatives) {
        this.ourRepresentatives = ourRepresentatives;
    }

    public List<RepresentativeRow> getPartnerRepresentatives() {
        return partnerRepresentatives;
    }

    public void setPartnerRepresentatives(List<RepresentativeRow> partnerRepresentatives) {
        this.partnerRepresentatives = partnerRepresentatives;
    }

    public List<RepresentativeRow> getWitnesses() {
        return witnesses;
    }

    public void setWitnesses(List<RepresentativeRow> witnesses) {
        this.witnesses = witnesses;
    }

    public Long getBorderGateId() {
        return borderGateId;
    }

    public void setBorderGateId(Long borderGateId) {
        this.borderGateId = borderGateId;
    }

    public Long getOurAgencyId() {
        return ourAgencyId;
    }

    public void setOurAgencyId(Long ourAgencyId) {
        this.ourAgencyId = ourAgencyId;
    }

    public Long getPartnerAgencyId() {
        return partnerAgencyId;
    }

    public void setPartnerAgencyId(Long partnerAgencyId) {
        this.partnerAgencyId = partnerAgencyId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public Country getNationality() {
        return nationality;
    }

    public void setNationality(Country nationality) {
        this.nationality = nationality;
    }

    public LegalBasisKind getLegalBasisKind() {
        return legalBasisKind;
    }

    public void setLegalBasisKind(LegalBasisKind legalBasisKind) {
        this.legalBasisKind = legalBasisKind;
    }

    public String getLegalBasisReference() {
        return legalBasisReference;
    }

    public void setLegalBasisReference(String legalBasisReference) {
        this.legalBasisReference = legalBasisReference;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<PersonRow> getPersons() {
        return persons;
    }

    public void setPersons(List<PersonRow> persons) {
        this.persons = persons;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Long getLegalBasisAgreementId() {
        return legalBasisAgreementId;
    }

    public void setLegalBasisAgreementId(Long legalBasisAgreementId) {
        this.legalBasisAgreementId = legalBasisAgreementId;
    }
}
