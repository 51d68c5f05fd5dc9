package org.borderliaison.agency.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgencyPlacementRepository extends JpaRepository<AgencyPlacement, Long> {

    List<AgencyPlacement> findByAgencyIdOrderByValidFrom(long agencyId);

    List<AgencyPlacement> findByAgencyIdInOrderByValidFrom(Collection<Long> agencyIds);

    /** The agencies placed directly under {@code parentId} on {@code day}. */
    @Query("""
            select p.agencyId from AgencyPlacement p
            where p.parentId = :parentId and p.validFrom <= :day and (p.validUntil is null or p.validUntil > :day)
            """)
    List<Long> childrenOn(long parentId, LocalDate day);

    /** The roots of the trees on {@code day}. */
    @Query("""
            select p.agencyId from AgencyPlacement p
            where p.parentId is null and p.validFrom <= :day and (p.validUntil is null or p.validUntil > :day)
            """)
    List<Long> rootsOn(LocalDate day);

    @Query("select p.parentId, count(p) from AgencyPlacement p where p.parentId in :parentIds and p.validFrom <= :day"
            + " and (p.validUntil is null or p.validUntil > :day) group by p.parentId")
    List<Object[]> countChildrenOn(Collection<Long> parentIds, LocalDate day);

    /** Every agency ever placed under one of {@code parentIds}: one level of "who could be affected". */
    @Query("select distinct p.agencyId from AgencyPlacement p where p.parentId in :parentIds")
    List<Long> everUnder(Collection<Long> parentIds);
}
