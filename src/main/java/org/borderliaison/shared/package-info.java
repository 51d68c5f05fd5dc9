/**
 * What every module shares: the audited base entity, the signed-in user and roles, the agency scope
 * a user may see, text folding for search, and the error handling of pages and API.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.borderliaison.shared;

import org.springframework.modulith.ApplicationModule;
