/**
 * Cases worked with partner agencies across the border (vụ việc, vụ án): category, references, the dated
 * history of their status, lead and partner agencies, subjects and victims, and the seizures with exact
 * quantities. {@link org.borderliaison.casefile.CaseFiles} is what other modules (the yearly summary) use.
 */
@ApplicationModule(allowedDependencies = {"shared", "agency", "audit"})
package org.borderliaison.casefile;

import org.springframework.modulith.ApplicationModule;
