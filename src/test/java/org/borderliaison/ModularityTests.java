package org.borderliaison;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules and their declared dependencies are the architecture; this keeps them honest. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(BorderLiaisonApplication.class);

    @Test
    void modulesOnlyUseEachOthersApisAndDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
