package org.borderliaison.agreement;

import java.time.LocalDate;

/**
 * Where an agreement stands. {@link #EXPIRED} is never stored: an agreement in force whose validity
 * ended before today is expired, computed from its dates whenever it is read or filtered, so no
 * nightly job has to keep it true.
 */
public enum AgreementStatus {
    DRAFT,
    IN_FORCE,
    EXPIRED,
    TERMINATED,
    WITHDRAWN;

    /** The status a user sees on {@code today}, given the stored one and the end of validity. */
    public static AgreementStatus effective(AgreementStatus stored, LocalDate validTo, LocalDate today) {
        return stored == IN_FORCE && validTo != null && validTo.isBefore(today) ? EXPIRED : stored;
    }

    /** Statuses a user may choose when writing an agreement; the others follow from dates or actions. */
    public boolean isChoosable() {
        return this == DRAFT || this == IN_FORCE;
    }
}
