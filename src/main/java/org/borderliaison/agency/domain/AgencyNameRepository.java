package org.borderliaison.agency.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgencyNameRepository extends JpaRepository<AgencyName, Long> {

    List<AgencyName> findByAgencyIdOrderByValidFrom(long agencyId);

    @Query("select n from AgencyName n where n.agencyId in :agencyIds and n.validFrom <= :day"
            + " and (n.validUntil is null or n.validUntil > :day)")
    List<AgencyName> validOn(Collection<Long> agencyIds, LocalDate day);
}
