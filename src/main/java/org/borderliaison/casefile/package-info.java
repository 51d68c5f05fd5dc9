/**
 * Cases worked with partner agencies across the border (vụ việc, vụ án): category, references, the dated
 * history of their status, lead and partner agencies, subjects and victims, and the seizures with exact
 * quantities, and the links to the patrols it came from, the meetings at which it was discussed and the agreements
 * that are its legal basis (through their modules' API classes; the link tables and their foreign keys belong
 * here). The patrol, meeting and agreement pages
 * show the cases linked to them through {@link org.borderliaison.shared.web.RelatedRecords}, without depending on
 * this module. {@link org.borderliaison.casefile.CaseFiles} is what other modules (the yearly summary) use.
 */
@ApplicationModule(allowedDependencies = {"shared", "agency", "audit", "attachment", "patrol", "meeting", "agreement"})
package org.borderliaison.casefile;

import org.springframework.modulith.ApplicationModule;
