package org.borderliaison.agreement.web;

import java.time.LocalDate;

/** The confirmation form of a withdrawal, termination or deletion: the version seen, the reason, the date. */
public class StatusChangeForm {

    private Long version;

    private String reason;

    private LocalDate terminatedOn;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public void setTerminatedOn(LocalDate terminatedOn) {
        this.terminatedOn = terminatedOn;
    }
}
