package org.borderliaison.agreement.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementRepository extends JpaRepository<CooperationAgreement, Long>, AgreementQueries {

    /** (agreement id, agency id, country) of the parties of these agreements, in each agreement's order. */
    @Query("select a.id, p.agencyId, p.country from CooperationAgreement a join a.parties p where a.id in :ids order by a.id, index(p)")
    List<Object[]> partiesOf(Collection<Long> ids);

    /** The agreements that renew or replace this one. */
    @Query("select a from CooperationAgreement a where a.replaces.id = :id order by case when a.signedOn is null then 1 else 0 end, a.signedOn desc, a.id desc")
    List<CooperationAgreement> successorsOf(long id);
}
