package org.borderliaison.agreement;

import java.time.LocalDate;

/**
 * An agreement as other modules see it (a meeting's linked agreements, a report line). {@code status} is
 * the effective one: an agreement in force past its end date is {@link AgreementStatus#EXPIRED}.
 */
public record AgreementSummary(long id, String title, AgreementKind kind, AgreementStatus status, LocalDate signedOn,
        LocalDate validFrom, LocalDate validTo, String reference) {

    /** The title with the reference in brackets when there is one, as pickers and links show an agreement. */
    public String label() {
        return reference == null ? title : title + " (" + reference + ")";
    }
}
