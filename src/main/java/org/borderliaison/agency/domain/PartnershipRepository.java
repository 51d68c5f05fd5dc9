package org.borderliaison.agency.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    @Query("""
            select p from Partnership p join fetch p.vnAgency join fetch p.partnerAgency
            where p.vnAgency.id = :agencyId or p.partnerAgency.id = :agencyId
            order by p.level, p.partnerAgency.nameVi""")
    List<Partnership> findByAgency(long agencyId);

    boolean existsByVnAgencyIdAndPartnerAgencyId(long vnAgencyId, long partnerAgencyId);

    @Query("select p from Partnership p join fetch p.vnAgency join fetch p.partnerAgency order by p.vnAgency.nameVi, p.level")
    List<Partnership> findAllWithAgencies();
}
