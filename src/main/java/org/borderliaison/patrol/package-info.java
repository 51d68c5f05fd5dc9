/**
 * Patrols along the border with a partner unit: bilateral patrols and joint law-enforcement patrols,
 * with the border segment walked and the personnel of each side. {@link org.borderliaison.patrol.Patrols}
 * is what other modules use (look-ups and the totals of the cooperation summary).
 */
@ApplicationModule(allowedDependencies = {"shared", "agency", "audit"})
package org.borderliaison.patrol;

import org.springframework.modulith.ApplicationModule;
