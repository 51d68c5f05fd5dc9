package org.borderliaison.handover.domain;

import java.time.LocalDate;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;

/** The filters of the handover list; every field may be null. */
public record HandoverFilter(HandoverDirection direction, HandoverCategory category, Country partnerCountry,
        Long partnerAgencyId, LocalDate from, LocalDate to) {

    public static HandoverFilter none() {
        return new HandoverFilter(null, null, null, null, null, null);
    }
}
