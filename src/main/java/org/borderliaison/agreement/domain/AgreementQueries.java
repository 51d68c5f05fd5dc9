package org.borderliaison.agreement.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.AgreementTotal;
import org.borderliaison.shared.DatedAgencies;
import org.borderliaison.shared.ListPage;
import org.springframework.data.domain.Pageable;

/** The list and expiry queries: projections with the scope filter, paged in the database. */
interface AgreementQueries {

    /**
     * One page of list rows. {@code visibleAgencyIds} null means the user sees everything; otherwise only
     * agreements with a party among them (on the signing day: scope over time). {@code partnerAgencyIds} and
     * {@code ourAgencyIds} are sub-trees by the signing day.
     */
    ListPage<AgreementRowData> search(AgreementFilter filter, DatedAgencies visibleAgencyIds, DatedAgencies partnerAgencyIds,
            DatedAgencies ourAgencyIds, LocalDate today, Pageable pageable);

    /**
     * Agreements in force whose validity ends on or before {@code horizon} (already ended included), that
     * no signed agreement replaces; soonest end first.
     */
    List<AgreementRowData> expiring(DatedAgencies visibleAgencyIds, LocalDate horizon, int limit);

    long countExpiring(DatedAgencies visibleAgencyIds, LocalDate horizon);

    /**
     * Per kind: agreements signed within {@code from}..{@code to} and agreements in force on {@code to}, with a
     * party among {@code ourAgencyIds}, optionally one among {@code partnerAgencyIds} (null: any) and one of
     * {@code partnerCountry} (null: any). One grouped query.
     */
    List<AgreementTotal> totals(Set<Long> ourAgencyIds, LocalDate from, LocalDate to, Set<Long> partnerAgencyIds,
            Country partnerCountry, DatedAgencies visibleAgencyIds);

    /** Agreements among {@code ids} that a user with these visible agencies may see. */
    List<AgreementRowData> rows(Collection<Long> ids, DatedAgencies visibleAgencyIds);
}
