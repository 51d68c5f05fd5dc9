package org.borderliaison.casefile.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.casefile.CaseStatus;
import org.borderliaison.casefile.Quantities;
import org.borderliaison.casefile.SeizureItem;
import org.borderliaison.casefile.SeizureUnit;
import org.borderliaison.casefile.domain.CaseCommand;
import org.borderliaison.casefile.domain.CaseFile;
import org.springframework.validation.BindingResult;

/**
 * The create/edit form of a case: what the user typed, kept as typed when it is refused. Quantities are text so
 * that "168,55" (Vietnamese decimal comma) and "168.55" both work and a typo comes back as typed.
 */
public class CaseForm {

    private Long version;

    @NotNull
    private CaseCategory category;

    @NotBlank
    @Size(max = 60)
    private String ourReference;

    @Size(max = 60)
    private String partnerReference;

    @NotNull
    private LocalDate openedOn;

    @NotNull
    private CaseStatus status = CaseStatus.INFORMATION_EXCHANGED;

    private LocalDate statusDate;

    @Size(max = 500)
    private String statusNote;

    @NotNull
    private Long leadAgencyId;

    @Valid
    private List<PartnerRow> partners = new ArrayList<>(List.of(new PartnerRow()));

    @NotNull
    @Min(0)
    private Integer subjects = 0;

    @NotNull
    @Min(0)
    private Integer victims = 0;

    @Size(max = 4000)
    private String summary;

    @Valid
    private List<SeizureRow> seizures = new ArrayList<>();

    /** The patrols the case came from, one picker per row. */
    private List<LinkRow> patrols = new ArrayList<>();

    /** The meetings at which the case was discussed. */
    private List<LinkRow> meetings = new ArrayList<>();

    /** The agreements that are the case's legal basis. */
    private List<LinkRow> agreements = new ArrayList<>();

    /**
     * A new case's form filled from {@code c} ("copy as a new record"): its category, lead agency, partners, summary
     * and links, opened on {@code today} with the first status. The references, counts and seizures are the original
     * case's own facts and are left for the user to enter.
     */
    static CaseForm copyOf(CaseFile c, LocalDate today) {
        CaseForm form = new CaseForm();
        form.category = c.getCategory();
        form.openedOn = today;
        form.leadAgencyId = c.getLeadAgencyId();
        if (!c.getPartners().isEmpty()) {
            form.partners = new ArrayList<>(c.getPartners().stream().map(p -> new PartnerRow(p.getAgencyId())).toList());
        }
        form.summary = c.getSummary();
        form.patrols = LinkRow.of(c.getPatrolIds());
        form.meetings = LinkRow.of(c.getMeetingIds());
        form.agreements = LinkRow.of(c.getAgreementIds());
        return form;
    }

    static CaseForm of(CaseFile c) {
        CaseForm form = new CaseForm();
        form.version = c.getVersion();
        form.category = c.getCategory();
        form.ourReference = c.getOurReference();
        form.partnerReference = c.getPartnerReference();
        form.openedOn = c.getOpenedOn();
        form.status = c.getStatus();
        form.leadAgencyId = c.getLeadAgencyId();
        form.partners = new ArrayList<>(c.getPartners().stream().map(p -> new PartnerRow(p.getAgencyId())).toList());
        form.subjects = c.getSubjects();
        form.victims = c.getVictims();
        form.summary = c.getSummary();
        form.seizures = new ArrayList<>(c.getSeizures().stream().map(s -> new SeizureRow(s.getItem(),
                Quantities.plain(s.getQuantity()).toPlainString(), s.getUnit(), s.getDescription())).toList());
        form.patrols = LinkRow.of(c.getPatrolIds());
        form.meetings = LinkRow.of(c.getMeetingIds());
        form.agreements = LinkRow.of(c.getAgreementIds());
        return form;
    }

    /** The command, or null after recording on {@code result} the quantities that are not numbers. */
    CaseCommand command(BindingResult result) {
        List<CaseCommand.SeizureLine> lines = new ArrayList<>();
        for (int i = 0; i < seizures.size(); i++) {
            SeizureRow row = seizures.get(i);
            BigDecimal quantity = null;
            if (row.getQuantity() != null && !row.getQuantity().isBlank()) {
                try {
                    quantity = parseQuantity(row.getQuantity());
                } catch (NumberFormatException ex) {
                    result.rejectValue("seizures[" + i + "].quantity", "case.error.quantityFormat");
                }
            }
            lines.add(new CaseCommand.SeizureLine(row.getItem(), quantity, row.getUnit(), row.getDescription()));
        }
        if (result.hasErrors()) {
            return null;
        }
        return new CaseCommand(category, ourReference, partnerReference, openedOn, status, statusDate, statusNote, leadAgencyId,
                partners.stream().map(PartnerRow::getAgencyId).toList(), subjects, victims, summary, lines, LinkRow.ids(patrols),
                LinkRow.ids(meetings), LinkRow.ids(agreements));
    }

    /**
     * "168,55" and "168.55" are 168.55; with both marks, or one mark repeated, the others group thousands
     * ("567.800.000", "1.234,5", "1,234.5").
     */
    static BigDecimal parseQuantity(String text) {
        String value = text.replace(" ", "").replace("\u00a0", "").strip();
        int lastDot = value.lastIndexOf('.');
        int lastComma = value.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            value = value.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (value.indexOf(',') != lastComma) {
            value = value.replace(",", "");
        } else if (value.indexOf('.') != lastDot) {
            value = value.replace(".", "");
        } else {
            value = value.replace(',', '.');
        }
        return new BigDecimal(value);
    }

    /** One partner agency row. */
    public static class PartnerRow {

        private Long agencyId;

        public PartnerRow() {
        }

        PartnerRow(Long agencyId) {
            this.agencyId = agencyId;
        }

        public Long getAgencyId() {
            return agencyId;
        }

        public void setAgencyId(Long agencyId) {
            this.agencyId = agencyId;
        }
    }

    /** One seizure row. */
    public static class SeizureRow {

        @NotNull
        private SeizureItem item;

        @NotBlank
        @Size(max = 40)
        private String quantity;

        @NotNull
        private SeizureUnit unit;

        @Size(max = 500)
        private String description;

        public SeizureRow() {
        }

        SeizureRow(SeizureItem item, String quantity, SeizureUnit unit, String description) {
            this.item = item;
            this.quantity = quantity;
            this.unit = unit;
            this.description = description;
        }

        public SeizureItem getItem() {
            return item;
        }

        public void setItem(SeizureItem item) {
            this.item = item;
        }

        public String getQuantity() {
            return quantity;
        }

        public void setQuantity(String quantity) {
            this.quantity = quantity;
        }

        public SeizureUnit getUnit() {
            return unit;
        }

        public void setUnit(SeizureUnit unit) {
            this.unit = unit;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public CaseCategory getCategory() {
        return category;
    }

    public void setCategory(CaseCategory category) {
        this.category = category;
    }

    public String getOurReference() {
        return ourReference;
    }

    public void setOurReference(String ourReference) {
        this.ourReference = ourReference;
    }

    public String getPartnerReference() {
        return partnerReference;
    }

    public void setPartnerReference(String partnerReference) {
        this.partnerReference = partnerReference;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public void setStatusDate(LocalDate statusDate) {
        this.statusDate = statusDate;
    }

    public String getStatusNote() {
        return statusNote;
    }

    public void setStatusNote(String statusNote) {
        this.statusNote = statusNote;
    }

    public Long getLeadAgencyId() {
        return leadAgencyId;
    }

    public void setLeadAgencyId(Long leadAgencyId) {
        this.leadAgencyId = leadAgencyId;
    }

    public List<PartnerRow> getPartners() {
        return partners;
    }

    public void setPartners(List<PartnerRow> partners) {
        this.partners = partners;
    }

    public Integer getSubjects() {
        return subjects;
    }

    public void setSubjects(Integer subjects) {
        this.subjects = subjects;
    }

    public Integer getVictims() {
        return victims;
    }

    public void setVictims(Integer victims) {
        this.victims = victims;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<LinkRow> getPatrols() {
        return patrols;
    }

    public void setPatrols(List<LinkRow> patrols) {
        this.patrols = patrols;
    }

    public List<LinkRow> getMeetings() {
        return meetings;
    }

    public void setMeetings(List<LinkRow> meetings) {
        this.meetings = meetings;
    }

    public List<LinkRow> getAgreements() {
        return agreements;
    }

    public void setAgreements(List<LinkRow> agreements) {
        this.agreements = agreements;
    }

    public List<SeizureRow> getSeizures() {
        return seizures;
    }

    public void setSeizures(List<SeizureRow> seizures) {
        this.seizures = seizures;
    }
}
