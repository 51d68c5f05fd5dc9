/** The home page: who is signed in, their scope, and cards from the record modules. */
@ApplicationModule(allowedDependencies = {"shared", "agency"})
package org.borderliaison.dashboard;

import org.springframework.modulith.ApplicationModule;
