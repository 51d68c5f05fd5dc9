package org.borderliaison.handover;

import java.time.LocalDate;
import org.borderliaison.agency.Country;

/** A handover as other modules see it: what, when, between whom, how many. Never the persons. */
public record HandoverSummary(long id, HandoverDirection direction, HandoverCategory category, LocalDate date,
        Long borderGateId, long ourAgencyId, long partnerAgencyId, Country partnerCountry, int quantity) {
}
