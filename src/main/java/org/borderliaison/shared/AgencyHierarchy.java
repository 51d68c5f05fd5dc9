package org.borderliaison.shared;

import java.util.Optional;

/**
 * Where an agency sits in the tree. Implemented by the agency module; declared here so that the scope
 * of a user can be computed without every module depending on the agency module's internals.
 */
public interface AgencyHierarchy {

    Optional<Position> position(long agencyId);

    /** The agency's materialised path and whether it is central (ministry level), which sees all. */
    record Position(long agencyId, String path, boolean central) {
    }
}
