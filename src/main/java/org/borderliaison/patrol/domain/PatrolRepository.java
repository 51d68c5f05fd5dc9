package org.borderliaison.patrol.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.borderliaison.agency.Country;
import org.borderliaison.patrol.PatrolTotal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PatrolRepository extends JpaRepository<Patrol, Long>, JpaSpecificationExecutor<Patrol> {

    /**
     * Count and personnel per kind. The flags stand for "any partner" / "any country" so that one
     * statement serves every combination without null parameters (which PostgreSQL cannot type).
     */
    @Query("""
            select new org.borderliaison.patrol.PatrolTotal(p.kind, count(p), coalesce(sum(p.ourPersonnel), 0),
                   coalesce(sum(p.partnerPersonnel), 0))
            from Patrol p
            where p.ourAgencyId in :ours and p.date between :from and :to
              and (:anyPartner = true or p.partnerAgencyId in :partners)
              and (:anyCountry = true or p.partnerCountry = :country)
            group by p.kind
            order by p.kind""")
    List<PatrolTotal> totals(@Param("ours") Collection<Long> ours, @Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("anyPartner") boolean anyPartner, @Param("partners") Collection<Long> partners,
            @Param("anyCountry") boolean anyCountry, @Param("country") Country country);

    /**
     * {@link #totals} per month as well (kind, month as yyyymm, count, our personnel, partner personnel): the kinds and the
     * months of a period from one reading of its patrols.
     */
    @Query("""
            select p.kind, p.month, count(p), coalesce(sum(p.ourPersonnel), 0),
                   coalesce(sum(p.partnerPersonnel), 0)
            from Patrol p
            where p.ourAgencyId in :ours and p.date between :from and :to
              and (:anyPartner = true or p.partnerAgencyId in :partners)
              and (:anyCountry = true or p.partnerCountry = :country)
            group by p.kind, p.month""")
    List<Object[]> totalsByMonth(@Param("ours") Collection<Long> ours, @Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("anyPartner") boolean anyPartner, @Param("partners") Collection<Long> partners,
            @Param("anyCountry") boolean anyCountry, @Param("country") Country country);

    /** Patrols per partner agency (id, count), same filters as {@link #totals}. */
    @Query("""
            select p.partnerAgencyId, count(p)
            from Patrol p
            where p.ourAgencyId in :ours and p.date between :from and :to
              and (:anyPartner = true or p.partnerAgencyId in :partners)
              and (:anyCountry = true or p.partnerCountry = :country)
            group by p.partnerAgencyId""")
    List<Object[]> countByPartner(@Param("ours") Collection<Long> ours, @Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("anyPartner") boolean anyPartner, @Param("partners") Collection<Long> partners,
            @Param("anyCountry") boolean anyCountry, @Param("country") Country country);
}
