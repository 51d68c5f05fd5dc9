/**
 * User accounts, sign-in (pages and API), lockout after repeated failures, the first administrator
 * account, and the administration of accounts.
 */
@ApplicationModule(allowedDependencies = {"shared", "agency", "audit"})
package org.borderliaison.security;

import org.springframework.modulith.ApplicationModule;
