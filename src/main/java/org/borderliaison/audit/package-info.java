/**
 * History of records (Hibernate Envers revisions with who and when) and the access log of sign-ins,
 * lockouts, exports and views of personal data.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.borderliaison.audit;

import org.springframework.modulith.ApplicationModule;
