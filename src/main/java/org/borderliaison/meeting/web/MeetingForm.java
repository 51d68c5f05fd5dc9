package org.borderliaison.meeting.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.domain.AgreementRelation;
import org.borderliaison.meeting.domain.FollowUpStatus;
import org.borderliaison.meeting.domain.HeadOfDelegation;
import org.borderliaison.meeting.domain.MeetingDetails;
import org.borderliaison.meeting.domain.MeetingView;
import org.borderliaison.meeting.domain.Side;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.web.Choices;

/**
 * The create/edit form of a meeting, kept as typed when refused. Agencies, heads of delegation (one list
 * per side) and follow-ups are dynamic rows; rows left entirely empty are dropped before saving.
 */
public class MeetingForm {

    private static final Pattern AGENCY_ROW = Pattern.compile("(our|partner)AgencyIds(?:\\[(\\d+)])?");
    private static final Pattern HEAD_ROW = Pattern.compile("heads\\[(\\d+)]\\.(\\w+)");

    private Long version;

    @NotNull
    private MeetingKind kind = MeetingKind.TALKS;

    @Size(max = 300)
    private String title;

    @NotNull
    private LocalDate startDate;

    private LocalDate endDate;

    @NotNull
    private Country placeCountry = Country.VN;

    @Size(max = 200)
    private String locality;

    private Long borderGateId;

    @NotNull
    private Long hostAgencyId;

    private List<AgencyRow> ourAgencies = new ArrayList<>();

    private List<AgencyRow> partnerAgencies = new ArrayList<>();

    @Valid
    private List<HeadRow> ourHeads = new ArrayList<>();

    @Valid
    private List<HeadRow> partnerHeads = new ArrayList<>();

    @NotNull
    @Min(0)
    private Integer ourParticipants = 0;

    @NotNull
    @Min(0)
    private Integer partnerParticipants = 0;

    private Set<CooperationField> topics = EnumSet.noneOf(CooperationField.class);

    @Size(max = 4000)
    private String outcome;

    @NotNull
    @Min(1)
    private Integer count = 1;

    @Valid
    private List<FollowUpRow> followUps = new ArrayList<>();

    private List<AgreementRow> agreements = new ArrayList<>();

    @Valid
    private NewAgreementSection newAgreement = new NewAgreementSection();

    /** A new meeting of the user's agency: it takes part and hosts, and one empty row waits for the partner. */
    static MeetingForm startingWith(AgencyView ownAgency) {
        MeetingForm form = new MeetingForm();
        if (ownAgency != null) {
            form.ourAgencies.add(new AgencyRow(ownAgency.id()));
            form.hostAgencyId = ownAgency.id();
        } else {
            form.ourAgencies.add(new AgencyRow());
        }
        form.partnerAgencies.add(new AgencyRow());
        return form;
    }

    /**
     * A new meeting's form filled from {@code meeting} ("copy as a new record"): the same parties, delegation, place
     * and topics, with its dates kept for the user to change. Its version and follow-up actions stay with the
     * original; status and history belong to the record and are not on the form.
     */
    static MeetingForm copyOf(MeetingView meeting) {
        MeetingForm form = of(meeting);
        form.version = null;
        form.followUps.clear();
        return form;
    }

    static MeetingForm of(MeetingView meeting) {
        MeetingForm form = new MeetingForm();
        form.version = meeting.version();
        form.kind = meeting.kind();
        form.title = meeting.title();
        form.startDate = meeting.startDate();
        form.endDate = meeting.endDate();
        form.placeCountry = meeting.placeCountry();
        form.locality = meeting.locality();
        form.borderGateId = meeting.borderGate() == null ? null : meeting.borderGate().id();
        form.hostAgencyId = meeting.host() == null ? null : meeting.host().id();
        meeting.ourAgencies().forEach(agency -> form.ourAgencies.add(new AgencyRow(agency.id())));
        meeting.partnerAgencies().forEach(agency -> form.partnerAgencies.add(new AgencyRow(agency.id())));
        meeting.heads(Side.OUR).forEach(head -> form.ourHeads.add(HeadRow.of(head)));
        meeting.heads(Side.PARTNER).forEach(head -> form.partnerHeads.add(HeadRow.of(head)));
        form.ourParticipants = meeting.ourParticipants();
        form.partnerParticipants = meeting.partnerParticipants();
        form.topics = meeting.topics().isEmpty() ? EnumSet.noneOf(CooperationField.class) : EnumSet.copyOf(meeting.topics());
        form.outcome = meeting.outcome();
        form.count = meeting.count();
        meeting.followUps().forEach(followUp -> form.followUps.add(new FollowUpRow(followUp.what(),
                followUp.owner() == null ? null : followUp.owner().id(), followUp.dueDate(), followUp.status())));
        meeting.agreements().forEach(link -> form.agreements.add(new AgreementRow(link.agreement().id(), link.relation())));
        return form;
    }

    /** Drops rows the user added but left empty, so that they neither count nor fail. */
    void dropEmptyRows() {
        ourAgencies.removeIf(row -> row.getAgencyId() == null);
        partnerAgencies.removeIf(row -> row.getAgencyId() == null);
        ourHeads.removeIf(HeadRow::isEmpty);
        partnerHeads.removeIf(HeadRow::isEmpty);
        followUps.removeIf(FollowUpRow::isEmpty);
        agreements.removeIf(row -> row.getAgreementId() == null);
    }

    /**
     * After a refusal the form comes back with an agency row on each side to pick into, even when the user left
     * it empty (and saving dropped it): the refusal may be exactly that the partner is missing. A domestic visit
     * has no partner row.
     */
    void keepAnAgencyRowEachSide() {
        if (ourAgencies.isEmpty()) {
            ourAgencies.add(new AgencyRow());
        }
        if (partnerAgencies.isEmpty() && (kind == null || kind.hasPartner())) {
            partnerAgencies.add(new AgencyRow());
        }
    }

    MeetingDetails details() {
        List<MeetingDetails.Head> heads = Stream.concat(
                ourHeads.stream().map(head -> head.toHead(Side.OUR)), partnerHeads.stream().map(head -> head.toHead(Side.PARTNER))).toList();
        return new MeetingDetails(kind, title, startDate, endDate, placeCountry, locality, borderGateId, hostAgencyId,
                ourAgencies.stream().map(AgencyRow::getAgencyId).toList(), partnerAgencies.stream().map(AgencyRow::getAgencyId).toList(),
                heads, ourParticipants, partnerParticipants, topics, outcome, count,
                followUps.stream().map(FollowUpRow::toFollowUp).toList(),
                agreements.stream().map(row -> new MeetingDetails.AgreementRef(row.getAgreementId(), row.getRelation())).toList(),
                newAgreement.isCreate() ? newAgreement.toNewAgreement() : null);
    }

    /**
     * The service names fields as the API does ({@code ourAgencyIds[1]}, {@code heads[2].name}); this
     * names the same place on the form ({@code ourAgencies[1].agencyId}, {@code partnerHeads[0].name}).
     */
    BusinessRuleException onFormFields(BusinessRuleException refusal) {
        String field = refusal.field();
        if (field == null) {
            return refusal;
        }
        String formField = field;
        Matcher agency = AGENCY_ROW.matcher(field);
        Matcher head = HEAD_ROW.matcher(field);
        if (field.equals("newAgreement") || field.startsWith("newAgreement.parties") || field.startsWith("newAgreement.signatories")) {
            // What the agreement takes from the meeting itself: said at the section's checkbox.
            formField = "newAgreement.create";
        } else if (agency.matches()) {
            formField = agency.group(1) + "Agencies" + (agency.group(2) == null ? "" : "[" + agency.group(2) + "].agencyId");
        } else if (head.matches()) {
            int index = Integer.parseInt(head.group(1));
            formField = index < ourHeads.size() ? "ourHeads[" + index + "]." + head.group(2)
                    : "partnerHeads[" + (index - ourHeads.size()) + "]." + head.group(2);
        }
        return Objects.equals(formField, field) ? refusal : new BusinessRuleException(formField, refusal.messageKey(), refusal.arguments());
    }

    /** Every agency id the form names, for the labels of its pickers. */
    Set<Long> agencyIds() {
        return details().agencyIds();
    }

    /** Every agreement id the rows name, for the labels of their pickers. */
    List<Long> agreementIds() {
        return agreements.stream().map(AgreementRow::getAgreementId).filter(Objects::nonNull).toList();
    }

    /** An agreement signed or reviewed at the meeting. */
    public static class AgreementRow {

        private Long agreementId;

        private AgreementRelation relation = AgreementRelation.REVIEWED;

        public AgreementRow() {
        }

        AgreementRow(Long agreementId, AgreementRelation relation) {
            this.agreementId = agreementId;
            this.relation = relation;
        }

        public Long getAgreementId() {
            return agreementId;
        }

        public void setAgreementId(Long agreementId) {
            this.agreementId = agreementId;
        }

        public AgreementRelation getRelation() {
            return relation;
        }

        public void setRelation(AgreementRelation relation) {
            this.relation = relation;
        }
    }

    /**
     * "An agreement was signed at this meeting: create it": ticked, the meeting's save also creates the
     * agreement (parties, signatories, date, place and fields from the meeting) and links it as signed.
     */
    public static class NewAgreementSection {

        private boolean create;

        @Size(max = 500)
        private String title;

        private AgreementKind kind = AgreementKind.MEMORANDUM_OF_UNDERSTANDING;

        @Size(max = 100)
        private String reference;

        private LocalDate validFrom;

        private LocalDate validTo;

        MeetingDetails.NewAgreement toNewAgreement() {
            return new MeetingDetails.NewAgreement(title, kind, reference, validFrom, validTo);
        }

        public boolean isCreate() {
            return create;
        }

        public void setCreate(boolean create) {
            this.create = create;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public AgreementKind getKind() {
            return kind;
        }

        public void setKind(AgreementKind kind) {
            this.kind = kind;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
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
    }

    /** A participating agency. */
    public static class AgencyRow {

        private Long agencyId;

        public AgencyRow() {
        }

        AgencyRow(Long agencyId) {
            this.agencyId = agencyId;
        }

        public Long getAgencyId() {
            return agencyId;
        }

        public void setAgencyId(Long agencyId) {
            this.agencyId = agencyId;
        }
    }

    /** A head of delegation of one side. */
    public static class HeadRow {

        @Size(max = 200)
        private String name;

        @Size(max = 100)
        private String rank;

        @Size(max = 200)
        private String title;

        static HeadRow of(HeadOfDelegation head) {
            HeadRow row = new HeadRow();
            row.name = head.getName();
            row.rank = head.getRank();
            row.title = head.getTitle();
            return row;
        }

        boolean isEmpty() {
            return blank(name) && blank(rank) && blank(title);
        }

        MeetingDetails.Head toHead(Side side) {
            return new MeetingDetails.Head(side, name, rank, title);
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
    }

    /** A follow-up action. */
    public static class FollowUpRow {

        @Size(max = 1000)
        private String what;

        private Long ownerAgencyId;

        private LocalDate dueDate;

        private FollowUpStatus status = FollowUpStatus.OPEN;

        public FollowUpRow() {
        }

        FollowUpRow(String what, Long ownerAgencyId, LocalDate dueDate, FollowUpStatus status) {
            this.what = what;
            this.ownerAgencyId = ownerAgencyId;
            this.dueDate = dueDate;
            this.status = status;
        }

        boolean isEmpty() {
            return blank(what) && ownerAgencyId == null && dueDate == null;
        }

        MeetingDetails.FollowUp toFollowUp() {
            return new MeetingDetails.FollowUp(what, ownerAgencyId, dueDate, status);
        }

        public String getWhat() {
            return what;
        }

        public void setWhat(String what) {
            this.what = what;
        }

        public Long getOwnerAgencyId() {
            return ownerAgencyId;
        }

        public void setOwnerAgencyId(Long ownerAgencyId) {
            this.ownerAgencyId = ownerAgencyId;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        public FollowUpStatus getStatus() {
            return status;
        }

        public void setStatus(FollowUpStatus status) {
            this.status = status;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    // ---- properties

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Country getPlaceCountry() {
        return placeCountry;
    }

    public void setPlaceCountry(Country placeCountry) {
        this.placeCountry = placeCountry;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public Long getBorderGateId() {
        return borderGateId;
    }

    public void setBorderGateId(Long borderGateId) {
        this.borderGateId = borderGateId;
    }

    public Long getHostAgencyId() {
        return hostAgencyId;
    }

    public void setHostAgencyId(Long hostAgencyId) {
        this.hostAgencyId = hostAgencyId;
    }

    public List<AgencyRow> getOurAgencies() {
        return ourAgencies;
    }

    public void setOurAgencies(List<AgencyRow> ourAgencies) {
        this.ourAgencies = ourAgencies;
    }

    public List<AgencyRow> getPartnerAgencies() {
        return partnerAgencies;
    }

    public void setPartnerAgencies(List<AgencyRow> partnerAgencies) {
        this.partnerAgencies = partnerAgencies;
    }

    public List<HeadRow> getOurHeads() {
        return ourHeads;
    }

    public void setOurHeads(List<HeadRow> ourHeads) {
        this.ourHeads = ourHeads;
    }

    public List<HeadRow> getPartnerHeads() {
        return partnerHeads;
    }

    public void setPartnerHeads(List<HeadRow> partnerHeads) {
        this.partnerHeads = partnerHeads;
    }

    public Integer getOurParticipants() {
        return ourParticipants;
    }

    public void setOurParticipants(Integer ourParticipants) {
        this.ourParticipants = ourParticipants;
    }

    public Integer getPartnerParticipants() {
        return partnerParticipants;
    }

    public void setPartnerParticipants(Integer partnerParticipants) {
        this.partnerParticipants = partnerParticipants;
    }

    public Set<CooperationField> getTopics() {
        return topics;
    }

    public void setTopics(Set<CooperationField> topics) {
        this.topics = Choices.of(topics, CooperationField.class);
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public List<AgreementRow> getAgreements() {
        return agreements;
    }

    public void setAgreements(List<AgreementRow> agreements) {
        this.agreements = agreements;
    }

    public NewAgreementSection getNewAgreement() {
        return newAgreement;
    }

    public void setNewAgreement(NewAgreementSection newAgreement) {
        this.newAgreement = newAgreement;
    }

    public List<FollowUpRow> getFollowUps() {
        return followUps;
    }

    public void setFollowUps(List<FollowUpRow> followUps) {
        this.followUps = followUps;
    }
}
