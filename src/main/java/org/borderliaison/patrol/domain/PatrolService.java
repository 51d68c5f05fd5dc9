package org.borderliaison.patrol.domain;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.PatrolTotal;
import org.borderliaison.patrol.PatrolsInPeriod;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.DatedAgencies;
import org.borderliaison.shared.ListPage;
import org.borderliaison.shared.ListQueries;
import org.borderliaison.shared.NotFoundException;
import org.borderliaison.shared.SearchText;
import org.borderliaison.shared.Spread;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patrol records and their rules. Scope is applied here, once: a patrol is visible when our unit or the
 * partner unit lies in the user's sub-tree; officers record patrols of units of their own sub-tree.
 */
@Service
@Transactional(readOnly = true)
public class PatrolService {

    private final PatrolRepository repository;
    private final Agencies agencies;
    private final ListQueries lists;
    private final Clock clock;

    PatrolService(PatrolRepository repository, Agencies agencies, ListQueries lists, Clock clock) {
        this.repository = repository;
        this.lists = lists;
        this.agencies = agencies;
        this.clock = clock;
    }

    public Optional<Patrol> findVisible(long id) {
        Optional<DatedAgencies> visible = agencies.visible();
        return repository.findById(id).filter(patrol -> visibleIn(visible, patrol));
    }

    /** The patrol if the current user may see it; otherwise a 404, so that others' records are not even confirmed to exist. */
    public Patrol get(long id) {
        return findVisible(id).orElseThrow(() -> new NotFoundException("Patrol", id));
    }

    /** The visible patrols among {@code ids}; the others (unknown or out of scope) are left out. */
    public List<Patrol> findAllVisible(Collection<Long> ids) {
        Optional<DatedAgencies> visible = agencies.visible();
        return repository.findAllById(ids).stream().filter(patrol -> visibleIn(visible, patrol)).toList();
    }

    private static boolean visibleIn(Optional<DatedAgencies> visible, Patrol patrol) {
        return visible.isEmpty() || visible.get().covers(patrol.getOurAgencyId(), patrol.getDate())
                || visible.get().covers(patrol.getPartnerAgencyId(), patrol.getDate());
    }

    public ListPage<Patrol> search(PatrolSearch search, Pageable pageable) {
        Optional<DatedAgencies> visible = agencies.visible();
        // Resolved once here: the specification is applied twice (page and count query). "With its sub-units" counts
        // the units beneath the agency on the patrol's date.
        DatedAgencies ourUnits = search.ourAgencyId() == null ? null : agencies.subTreeOverTime(search.ourAgencyId());
        DatedAgencies partnerUnits = search.partnerAgencyId() == null ? null : agencies.subTreeOverTime(search.partnerAgencyId());
        Specification<Patrol> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            visible.ifPresent(scope -> where.add(cb.or(scope.predicate(cb, root.get("ourAgencyId"), root.get("date")),
                    scope.predicate(cb, root.get("partnerAgencyId"), root.get("date")))));
            if (search.kind() != null) {
                where.add(cb.equal(root.get("kind"), search.kind()));
            }
            if (search.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("date"), search.from()));
            }
            if (search.to() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("date"), search.to()));
            }
            if (ourUnits != null) {
                where.add(ourUnits.predicate(cb, root.get("ourAgencyId"), root.get("date")));
            }
            if (partnerUnits != null) {
                where.add(partnerUnits.predicate(cb, root.get("partnerAgencyId"), root.get("date")));
            }
            if (search.q() != null && !search.q().isBlank()) {
                where.add(cb.like(root.get("searchText"), SearchText.likePattern(search.q()), '\\'));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        boolean searched = search.q() != null && !search.q().isBlank();
        // Counted from the agencies' rows when the list asks nothing else of a patrol.
        boolean alone = !searched && search.kind() == null && search.from() == null && search.to() == null
                && (partnerUnits == null ? 0 : 1) + (ourUnits == null ? 0 : 1) + (visible.isPresent() ? 1 : 0) == 1;
        // A text (a marker such as "150(2)") is rare: its trigram index finds the few patrols sooner than the agencies' rows
        // or the date index.
        if (searched) {
            return lists.searchPage(Patrol.class, spec,
                    (root, query, cb) -> cb.like(root.get("searchText"), SearchText.likePattern(search.q()), '\\'), pageable);
        }
        return lists.page(Patrol.class, spec, through(visible, ourUnits, partnerUnits, alone), false, pageable);
    }

    /**
     * The agencies every patrol of the list belongs to, the narrowest first: the partner filter's, our units', else the
     * reader's scope (our or the partner unit); null for the ministry without either filter (every patrol).
     */
    private static ListQueries.Through through(Optional<DatedAgencies> visible, DatedAgencies ourUnits, DatedAgencies partnerUnits,
            boolean alone) {
        if (partnerUnits != null) {
            return new ListQueries.Through(partnerUnits, "date", List.of("partnerAgencyId"), alone);
        }
        if (ourUnits != null) {
            return new ListQueries.Through(ourUnits, "date", List.of("ourAgencyId"), alone);
        }
        return visible.map(scope -> new ListQueries.Through(scope, "date", List.of("ourAgencyId", "partnerAgencyId"), alone))
                .orElse(null);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    public Patrol create(PatrolDetails details) {
        Country partnerCountry = check(details);
        return repository.save(new Patrol(details, partnerCountry));
    }

    /** Updates a patrol seen at {@code version}; an edit made on an older copy is refused (409). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    public Patrol update(long id, Long version, PatrolDetails details) {
        Patrol patrol = get(id);
        patrol.checkVersion(version);
        // Editing follows seeing (ScopeService): our unit in scope on the patrol's date or today.
        if (!agencies.inScope(patrol.getOurAgencyId(), patrol.getDate())) {
            throw BusinessRuleException.global("patrol.error.notOurs");
        }
        Country partnerCountry = check(details);
        patrol.apply(details, partnerCountry);
        return repository.saveAndFlush(patrol);
    }

    @PreAuthorize("isAuthenticated()")
    public List<PatrolTotal> totals(Collection<Long> ourAgencyIds, LocalDate from, LocalDate to,
            Collection<Long> partnerAgencyIds, Country partnerCountry) {
        Set<Long> ours = new HashSet<>(ourAgencyIds);
        agencies.retainVisible(ours, from, to);
        if (ours.isEmpty()) {
            return List.of();
        }
        boolean anyPartner = partnerAgencyIds == null || partnerAgencyIds.isEmpty();
        return repository.totals(ours, from, to, anyPartner, anyPartner ? Set.of(-1L) : partnerAgencyIds,
                partnerCountry == null, partnerCountry == null ? Country.VN : partnerCountry);
    }

    /**
     * {@link #totals} together with the patrols per month and per partner agency, for the summary's current period: the
     * kinds and the months come from one GROUP BY (kind, month), the partners from a second.
     */
    @PreAuthorize("isAuthenticated()")
    public PatrolsInPeriod inPeriod(Collection<Long> ourAgencyIds, LocalDate from, LocalDate to, Collection<Long> partnerAgencyIds,
            Country partnerCountry) {
        Set<Long> ours = new HashSet<>(ourAgencyIds);
        agencies.retainVisible(ours, from, to);
        if (ours.isEmpty()) {
            return new PatrolsInPeriod(List.of(), Spread.NONE);
        }
        boolean anyPartner = partnerAgencyIds == null || partnerAgencyIds.isEmpty();
        Collection<Long> partners = anyPartner ? Set.of(-1L) : partnerAgencyIds;
        Country country = partnerCountry == null ? Country.VN : partnerCountry;
        Map<PatrolKind, long[]> byKind = new EnumMap<>(PatrolKind.class);
        Map<YearMonth, Long> byMonth = new HashMap<>();
        for (Object[] row : repository.totalsByMonth(ours, from, to, anyPartner, partners, partnerCountry == null, country)) {
            long[] sums = byKind.computeIfAbsent((PatrolKind) row[0], kind -> new long[3]);
            for (int i = 0; i < 3; i++) {
                sums[i] += ((Number) row[2 + i]).longValue();
            }
            byMonth.merge(Spread.month(row[1]), ((Number) row[2]).longValue(), Long::sum);
        }
        Map<Long, Long> byPartner = new HashMap<>();
        for (Object[] row : repository.countByPartner(ours, from, to, anyPartner, partners, partnerCountry == null, country)) {
            byPartner.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        List<PatrolTotal> totals = byKind.entrySet().stream()
                .map(kind -> new PatrolTotal(kind.getKey(), kind.getValue()[0], kind.getValue()[1], kind.getValue()[2])).toList();
        return new PatrolsInPeriod(totals, new Spread(byMonth, byPartner));
    }

    /**
     * The rules a patrol must meet, whichever way it arrives; answers the partner's country. Forms and the
     * API check the shape of the input first, so these refusals are what only the domain knows.
     */
    private Country check(PatrolDetails details) {
        if (details.kind() == null || details.date() == null) {
            throw new BusinessRuleException(details.kind() == null ? "kind" : "date", "NotNull");
        }
        if (details.date() != null && details.date().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("date", "patrol.error.futureDate");
        }
        positive("ourPersonnel", details.ourPersonnel());
        positive("partnerPersonnel", details.partnerPersonnel());
        marker("segmentFrom", details.segmentFrom(), true);
        marker("segmentTo", details.segmentTo(), false);
        AgencyView ours = agency("ourAgencyId", details.ourAgencyId());
        if (ours.country() != Country.VN) {
            throw new BusinessRuleException("ourAgencyId", "patrol.error.ourAgencyForeign");
        }
        if (!agencies.inScope(ours.id(), details.date())) {
            throw new BusinessRuleException("ourAgencyId", "patrol.error.ourAgencyOutOfScope");
        }
        AgencyView partner = agency("partnerAgencyId", details.partnerAgencyId());
        if (partner.country() == Country.VN) {
            throw new BusinessRuleException("partnerAgencyId", "patrol.error.partnerNotForeign");
        }
        if (details.borderGateId() != null && agencies.findBorderGate(details.borderGateId()).isEmpty()) {
            throw new BusinessRuleException("borderGateId", "patrol.error.unknownGate");
        }
        return partner.country();
    }

    private AgencyView agency(String field, Long id) {
        if (id == null) {
            throw new BusinessRuleException(field, "NotNull");
        }
        return agencies.find(id).orElseThrow(() -> new BusinessRuleException(field, "patrol.error.unknownAgency"));
    }

    private static void positive(String field, Integer personnel) {
        if (personnel == null || personnel < 1) {
            throw new BusinessRuleException(field, "patrol.error.personnel");
        }
    }

    private static void marker(String field, String marker, boolean required) {
        if (marker == null || marker.isBlank()) {
            if (required) {
                throw new BusinessRuleException(field, "NotBlank");
            }
            return;
        }
        if (!PatrolDetails.MARKER.matcher(marker.strip()).matches()) {
            throw new BusinessRuleException(field, "patrol.error.marker");
        }
    }
}
