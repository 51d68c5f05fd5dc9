package org.borderliaison.agency.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The move and dissolve/merge forms: the new parent (empty: a root) or the successor (empty: a plain
 * dissolution), an effective date, and the version the user saw.
 */
public class ReorganisationForm {

    private Long version;

    private Long parentId;

    private Long successorId;

    @NotNull
    private LocalDate effectiveDate;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getSuccessorId() {
        return successorId;
    }

    public void setSuccessorId(Long successorId) {
        this.successorId = successorId;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }
}
