package org.borderliaison.handover.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverTotal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HandoverRepository extends JpaRepository<Handover, Long>, JpaSpecificationExecutor<Handover> {

    /**
     * Records and persons (items) per direction and category, in one GROUP BY. {@code anyPartner} true ignores
     * {@code partnerIds} (pass a dummy id so the list is never empty); a null {@code partnerCountry} means any country.
     */
    @Query("""
            select new org.borderliaison.handover.HandoverTotal(h.direction, h.category, count(h), sum(h.quantity))
            from Handover h
            where h.ourAgencyId in :ourIds and h.date between :from and :to
              and (:anyPartner = true or h.partnerAgencyId in :partnerIds)
              and (:anyCountry = true or h.partnerCountry = :partnerCountry)
            group by h.direction, h.category
            order by h.direction, h.category""")
    List<HandoverTotal> totals(@Param("ourIds") Collection<Long> ourIds, @Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("anyPartner") boolean anyPartner, @Param("partnerIds") Collection<Long> partnerIds,
            @Param("anyCountry") boolean anyCountry, @Param("partnerCountry") Country partnerCountry);

    /**
     * {@link #totals} per month as well (direction, category, month as yyyymm, records, persons or items): the totals and
     * the persons per month of a period from one reading of its handovers.
     */
    @Query("""
            select h.direction, h.category, h.month, count(h), coalesce(sum(h.quantity), 0)
            from Handover h
            where h.ourAgencyId in :ourIds and h.date between :from and :to
              and (:anyPartner = true or h.partnerAgencyId in :partnerIds)
              and (:anyCountry = true or h.partnerCountry = :partnerCountry)
            group by h.direction, h.category, h.month""")
    List<Object[]> totalsByMonth(@Param("ourIds") Collection<Long> ourIds, @Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("anyPartner") boolean anyPartner, @Param("partnerIds") Collection<Long> partnerIds,
            @Param("anyCountry") boolean anyCountry, @Param("partnerCountry") Country partnerCountry);

    /** Persons handed over or received per partner agency (id, persons), same filters as {@link #totals}. */
    @Query("""
            select h.partnerAgencyId, sum(h.quantity)
            from Handover h
            where h.ourAgencyId in :ourIds and h.date between :from and :to and h.category in :categories
              and (:anyPartner = true or h.partnerAgencyId in :partnerIds)
              and (:anyCountry = true or h.partnerCountry = :partnerCountry)
            group by h.partnerAgencyId""")
    List<Object[]> personsByPartner(@Param("ourIds") Collection<Long> ourIds, @Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("categories") Collection<HandoverCategory> categories, @Param("anyPartner") boolean anyPartner,
            @Param("partnerIds") Collection<Long> partnerIds, @Param("anyCountry") boolean anyCountry,
            @Param("partnerCountry") Country partnerCountry);
}
