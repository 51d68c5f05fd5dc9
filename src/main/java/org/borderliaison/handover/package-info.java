/**
 * Handovers at the border (trao trả, tiếp nhận, bàn giao): persons or goods handed to or received from a
 * partner agency, with the optional list of the persons (personal data: only officers and administrators
 * of the scope see it, and every view is logged), the printable bilingual handover record, the optional
 * linked case and legal-basis agreement (through {@code CaseFiles} and {@code Agreements}), and the
 * totals the cooperation summary needs. {@link org.borderliaison.handover.Handovers} is what other modules use.
 */
@ApplicationModule(allowedDependencies = {"shared", "agency", "audit", "attachment", "casefile", "agreement"})
package org.borderliaison.handover;

import org.springframework.modulith.ApplicationModule;
