package org.borderliaison.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * What was seized, with the units it may be recorded in. Every named item has one canonical unit (heroin is
 * totalled in kg whether recorded in kg or g); "other" items are heterogeneous and totalled per unit.
 */
public enum SeizureItem {
    HEROIN(EnumSet.of(SeizureUnit.KG, SeizureUnit.G)),
    SYNTHETIC_DRUG_PILLS(EnumSet.of(SeizureUnit.PILL)),
    SYNTHETIC_DRUGS(EnumSet.of(SeizureUnit.KG, SeizureUnit.G)),
    CRYSTAL_METHAMPHETAMINE(EnumSet.of(SeizureUnit.KG, SeizureUnit.G)),
    COUNTERFEIT_VND(EnumSet.of(SeizureUnit.VND)),
    WEAPONS(EnumSet.of(SeizureUnit.PIECE)),
    AMMUNITION(EnumSet.of(SeizureUnit.PIECE)),
    VEHICLES(EnumSet.of(SeizureUnit.PIECE)),
    PHONES(EnumSet.of(SeizureUnit.PIECE)),
    OTHER(EnumSet.of(SeizureUnit.PIECE, SeizureUnit.CAKE, SeizureUnit.KG, SeizureUnit.G));

    private final Set<SeizureUnit> units;

    SeizureItem(Set<SeizureUnit> units) {
        this.units = units;
    }

    public Set<SeizureUnit> units() {
        return EnumSet.copyOf(units);
    }

    public boolean allows(SeizureUnit unit) {
        return units.contains(unit);
    }
}
