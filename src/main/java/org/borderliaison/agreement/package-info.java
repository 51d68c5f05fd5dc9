/**
 * Cooperation agreements (văn bản hợp tác): memoranda, yearly cooperation plans, conference minutes and
 * treaties between Vietnamese and partner agencies, with their parties, signatories, validity, the
 * agreement each renews, and the scanned signed documents. {@link org.borderliaison.agreement.Agreements}
 * is what other modules use (meetings link to agreements and create the one signed at a meeting).
 */
@ApplicationModule(allowedDependencies = {"shared", "agency", "audit", "attachment"})
package org.borderliaison.agreement;

import org.springframework.modulith.ApplicationModule;
