package org.borderliaison.casefile;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderliaison.agency.Country;

/**
 * What the yearly summary asks of cases: those led by one of {@code ourAgencyIds}, opened within
 * {@code from}..{@code to} (both included), optionally worked with one of {@code partnerAgencyIds} and/or with
 * an agency of {@code partnerCountry}. Empty or null partner criteria mean any partner.
 */
public record CaseTotalsQuery(Set<Long> ourAgencyIds, LocalDate from, LocalDate to, Set<Long> partnerAgencyIds,
        Country partnerCountry) {

    public CaseTotalsQuery {
        ourAgencyIds = Set.copyOf(ourAgencyIds);
        // an empty value in a query string ("?partnerAgencyId=") arrives as a null element: no criterion
        partnerAgencyIds = partnerAgencyIds == null ? Set.of()
                : partnerAgencyIds.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a date range from..to with to >= from is required");
        }
    }
}
