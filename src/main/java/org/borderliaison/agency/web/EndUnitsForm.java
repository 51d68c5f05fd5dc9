package org.borderliaison.agency.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.borderliaison.agency.AgencyKind;

/** The bulk ending of units: first sent to preview, then again with {@code confirmed} to apply. */
public class EndUnitsForm {

    @NotNull
    private AgencyKind kind;

    @NotNull
    private LocalDate effectiveDate;

    private boolean confirmed;

    public AgencyKind getKind() {
        return kind;
    }

    public void setKind(AgencyKind kind) {
        this.kind = kind;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
