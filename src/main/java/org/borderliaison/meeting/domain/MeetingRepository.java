package org.borderliaison.meeting.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /** The agencies of a page of meetings in one query: meeting id, agency id, side. */
    @Query("select m.id, a.agencyId, a.side from Meeting m join m.agencies a where m.id in :ids")
    List<Object[]> agenciesOf(Collection<Long> ids);

    /**
     * The meetings at which agreement {@code agreementId} was signed or reviewed, newest first; {@code everything}
     * false restricts them to meetings involving one of {@code visible}.
     */
    @Query("""
            select new org.borderliaison.meeting.domain.AgreementMeeting(m.id, m.kind, m.title, m.startDate, m.status, l.relation)
            from Meeting m join m.agreements l
            where l.agreementId = :agreementId
              and (:everything = true or exists (select 1 from m.agencies a where a.agencyId in :visible))
            order by m.startDate desc, m.id desc""")
    List<AgreementMeeting> withAgreement(long agreementId, boolean everything, Collection<Long> visible);

    /**
     * The recorded meetings of {@code kind} over exactly {@code first}..{@code last} in which {@code agencyId} takes part on
     * our side: the candidates for a month's tallies ({@link MonthlyTallies} keeps those with one agency each side).
     */
    @Query("""
            select distinct m from Meeting m join fetch m.agencies
            where m.kind = :kind and m.startDate = :first and m.endDate = :last
              and m.status = org.borderliaison.meeting.domain.MeetingStatus.RECORDED
              and exists (select 1 from m.agencies o where o.agencyId = :agencyId
                          and o.side = org.borderliaison.meeting.domain.Side.OUR)
            order by m.id""")
    List<Meeting> periodTallies(long agencyId, org.borderliaison.meeting.MeetingKind kind, LocalDate first, LocalDate last);
}
