package org.borderliaison.agreement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementSignatory;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.agreement.domain.AgreementCommand;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.web.Choices;

/**
 * The create/edit form of an agreement: what the user typed, kept as typed when it is refused. Parties
 * and signatories are rows ({@code parties[0].agencyId}, {@code signatories[1].name}) added and removed
 * with {@link org.borderliaison.shared.web.FormRows}.
 */
public class AgreementForm {

    private Long version;

    @NotBlank
    @Size(max = 500)
    private String titleVi;

    @Size(max = 500)
    private String titlePartner;

    @NotNull
    private AgreementKind kind;

    @Size(max = 100)
    private String referenceNumber;

    private AgreementStatus status = AgreementStatus.IN_FORCE;

    private LocalDate signedOn;

    @Size(max = 300)
    private String signingPlace;

    private LocalDate validFrom;

    private LocalDate validTo;

    @Valid
    private List<PartyRow> parties = new ArrayList<>();

    @Valid
    private List<SignatoryRow> signatories = new ArrayList<>();

    private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

    private Long replacesId;

    @Size(max = 4000)
    private String summary;

    /** An empty form with room for our agency and one partner. */
    static AgreementForm blank() {
        AgreementForm form = new AgreementForm();
        form.parties.add(new PartyRow());
        form.parties.add(new PartyRow());
        return form;
    }

    static AgreementForm of(AgreementCommand command, long version) {
        AgreementForm form = new AgreementForm();
        form.version = version;
        form.titleVi = command.titleVi();
        form.titlePartner = command.titlePartner();
        form.kind = command.kind();
        form.referenceNumber = command.referenceNumber();
        form.status = command.status();
        form.signedOn = command.signedOn();
        form.signingPlace = command.signingPlace();
        form.validFrom = command.validFrom();
        form.validTo = command.validTo();
        command.partyAgencyIds().forEach(id -> form.parties.add(PartyRow.of(id)));
        command.signatories().forEach(signatory -> form.signatories.add(SignatoryRow.of(signatory)));
        form.fields = command.fields().isEmpty() ? EnumSet.noneOf(CooperationField.class) : EnumSet.copyOf(command.fields());
        form.replacesId = command.replacesId();
        form.summary = command.summary();
        return form;
    }

    AgreementCommand command() {
        return new AgreementCommand(titleVi, titlePartner, kind, referenceNumber, status, signedOn, signingPlace, validFrom,
                validTo, parties.stream().map(PartyRow::getAgencyId).toList(),
                signatories.stream().map(SignatoryRow::toSignatory).toList(), fields, replacesId, summary);
    }

    /** Every agency id the form names, for the pickers' labels. */
    List<Long> agencyIds() {
        List<Long> ids = new ArrayList<>();
        parties.forEach(row -> ids.add(row.getAgencyId()));
        signatories.forEach(row -> ids.add(row.getAgencyId()));
        return ids;
    }

    /** One party: an agency chosen with the picker. */
    public static class PartyRow {

        private Long agencyId;

        static PartyRow of(Long agencyId) {
            PartyRow row = new PartyRow();
            row.agencyId = agencyId;
            return row;
        }

        public Long getAgencyId() {
            return agencyId;
        }

        public void setAgencyId(Long agencyId) {
            this.agencyId = agencyId;
        }
    }

    /** One signatory: name, rank, title and the party they signed for. */
    public static class SignatoryRow {

        @Size(max = 200)
        private String name;

        @Size(max = 100)
        private String rank;

        @Size(max = 300)
        private String title;

        private Long agencyId;

        static SignatoryRow of(AgreementSignatory signatory) {
            SignatoryRow row = new SignatoryRow();
            row.name = signatory.name();
            row.rank = signatory.rank();
            row.title = signatory.title();
            row.agencyId = signatory.agencyId();
            return row;
        }

        AgreementSignatory toSignatory() {
            return new AgreementSignatory(name, rank, title, agencyId);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRank() {
            return rank;
        }

        public void setRank(String rank) {
            this.rank = rank;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Long getAgencyId() {
            return agencyId;
        }

        public void setAgencyId(Long agencyId) {
            this.agencyId = agencyId;
        }
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi;
    }

    public String getTitlePartner() {
        return titlePartner;
    }

    public void setTitlePartner(String titlePartner) {
        this.titlePartner = titlePartner;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public void setReferenceNumber(String referenceNumber) {
        this.referenceNumber = referenceNumber;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getSigningPlace() {
        return signingPlace;
    }

    public void setSigningPlace(String signingPlace) {
        this.signingPlace = signingPlace;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public List<PartyRow> getParties() {
        return parties;
    }

    public void setParties(List<PartyRow> parties) {
        this.parties = parties;
    }

    public List<SignatoryRow> getSignatories() {
        return signatories;
    }

    public void setSignatories(List<SignatoryRow> signatories) {
        this.signatories = signatories;
    }

    public Set<CooperationField> getFields() {
        return fields;
    }

    public void setFields(Set<CooperationField> fields) {
        this.fields = Choices.of(fields, CooperationField.class);
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public void setReplacesId(Long replacesId) {
        this.replacesId = replacesId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
