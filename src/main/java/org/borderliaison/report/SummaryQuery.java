package org.borderliaison.report;

import java.time.LocalDate;
import org.borderliaison.agency.Country;

/**
 * What a summary is asked for: an agency (with its sub-tree), a period {@code from}..{@code to} (both included;
 * either may be left out: a missing bound falls back to the calendar year of the other one, both missing to the
 * current year), and optionally a partner agency (with its sub-tree) and/or a partner country.
 */
public record SummaryQuery(Long agencyId, LocalDate from, LocalDate to, Long partnerAgencyId, Country partnerCountry) {
}
