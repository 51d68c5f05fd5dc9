/**
 * Agencies of both sides of the border as one tree per country, their reorganisations (moves,
 * dissolutions, merges), partnerships across the border, and border gates. {@link org.borderliaison.agency.Agencies}
 * is what other modules use.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.borderliaison.agency;

import org.springframework.modulith.ApplicationModule;
