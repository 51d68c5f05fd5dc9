/**
 * User accounts, sign-in (pages and API), throttling of failed sign-ins, password rules, the first administrator
 * account, and the administration of accounts.
 */
@ApplicationModule(allowedDependencies = {"shared", "agency", "audit"})
package org.borderliaison.security;

import org.springframework.modulith.ApplicationModule;
