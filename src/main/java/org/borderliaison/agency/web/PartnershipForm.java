package org.borderliaison.agency.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.borderliaison.agency.PartnershipLevel;

/** The form that adds a counterpart relation. */
public class PartnershipForm {

    @NotNull
    private Long vnAgencyId;

    @NotNull
    private Long partnerAgencyId;

    @NotNull
    private PartnershipLevel level;

    private LocalDate establishedOn;

    @Size(max = 1000)
    private String note;

    public Long getVnAgencyId() {
        return vnAgencyId;
    }

    public void setVnAgencyId(Long vnAgencyId) {
        this.vnAgencyId = vnAgencyId;
    }

    public Long getPartnerAgencyId() {
        return partnerAgencyId;
    }

    public void setPartnerAgencyId(Long partnerAgencyId) {
        this.partnerAgencyId = partnerAgencyId;
    }

    public PartnershipLevel getLevel() {
        return level;
    }

    public void setLevel(PartnershipLevel level) {
        this.level = level;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public void setEstablishedOn(LocalDate establishedOn) {
        this.establishedOn = establishedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
