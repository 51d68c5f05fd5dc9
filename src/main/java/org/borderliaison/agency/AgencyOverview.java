package org.borderliaison.agency;

import java.util.Map;

/** Counts for the home page: agencies per country, partnerships and border gates. */
public record AgencyOverview(Map<Country, Long> agenciesByCountry, long partnerships, long borderGates) {
}
