package org.borderliaison.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where an agency sits in the tree. Implemented by the agency module; declared here so that the scope
 * of a user can be computed without every module depending on the agency module's internals.
 */
public interface AgencyHierarchy {

    Optional<Position> position(long agencyId);

    /** The ids of the agencies whose materialised path starts with {@code pathPrefix}: today's sub-tree. */
    Collection<Long> idsUnder(String pathPrefix);

    /** The agencies merged into an agency of today's sub-tree under {@code pathPrefix} (their successor lies there). */
    List<Position> mergedInto(String pathPrefix);

    /**
     * The periods in which agencies lay beneath one of {@code ancestorIds} that differ from today: ended ones, and
     * ones beginning after {@code today}. None when no reorganisation touched those sub-trees (a bounded check).
     */
    List<DatedAgencies.AgencyPeriod> pastBeneath(Collection<Long> ancestorIds, LocalDate today);

    /** The agency's sub-tree over time: each agency with the period it lay beneath (or was) the agency. */
    List<DatedAgencies.AgencyPeriod> beneath(long ancestorId);

    /**
     * The stored generation of the tree: advanced in the transaction of every change of the tree, on whichever
     * instance. What is worked out from the tree may be kept while it stays the same ({@link ScopeCache}).
     */
    long treeGeneration();

    /** The agency's materialised path and whether it is central (ministry level), which sees all. */
    record Position(long agencyId, String path, boolean central) {
    }
}
