package org.borderliaison.agency;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderliaison.agency.domain.Agency;
import org.borderliaison.agency.domain.AgencyHistoryReader;
import org.borderliaison.agency.domain.AgencyLineageQueries;
import org.borderliaison.agency.domain.AgencyRepository;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.agency.domain.AgencyTreeGeneration;
import org.borderliaison.agency.domain.BorderGate;
import org.borderliaison.agency.domain.BorderGateRepository;
import org.borderliaison.agency.domain.PartnershipRepository;
import org.borderliaison.shared.AgencyHierarchy;
import org.borderliaison.shared.DatedAgencies;
import org.borderliaison.shared.NotFoundException;
import org.borderliaison.shared.ScopeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency module's API for the rest of the application: look agencies up, search them, and ask
 * whether one lies in the current user's scope.
 */
@Service
@Transactional(readOnly = true)
public class Agencies implements AgencyHierarchy {

    private final AgencyRepository repository;
    private final AgencyService service;
    private final BorderGateRepository gates;
    private final PartnershipRepository partnerships;
    private final ScopeService scopes;
    private final AgencyLineageQueries lineage;
    private final AgencyHistoryReader history;
    private final AgencyTreeGeneration generation;

    // ScopeService needs this bean as its AgencyHierarchy, hence the lazy proxy in the other direction.
    Agencies(AgencyRepository repository, AgencyService service, BorderGateRepository gates,
            PartnershipRepository partnerships, @Lazy ScopeService scopes, AgencyLineageQueries lineage,
            AgencyHistoryReader history, AgencyTreeGeneration generation) {
        this.generation = generation;
        this.lineage = lineage;
        this.history = history;
        this.repository = repository;
        this.service = service;
        this.gates = gates;
        this.partnerships = partnerships;
        this.scopes = scopes;
    }

    public Optional<AgencyView> find(long id) {
        return repository.findById(id).map(Agency::toView);
    }

    public AgencyView require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Agency", id));
    }

    /**
     * The agencies by id (unknown ids left out). Every page names agencies, so the views are kept across requests with
     * the scopes ({@link ScopeService#keptWithTree}): every change of an agency goes through the settlement
     * ({@code AgencySettlement}), which advances the tree's generation.
     */
    public Map<Long, AgencyView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return scopes.keptWithTree(ids, ViewKey::new, AgencyView.class, missing -> repository.findByIdIn(missing).stream()
                .map(Agency::toView).collect(Collectors.toMap(AgencyView::id, Function.identity())));
    }

    /** The cache key of an agency's {@link AgencyView}. */
    private record ViewKey(long agencyId) {
    }

    /**
     * The agencies by id, called by the code and names they bore on {@code day} (today's where none was valid then):
     * what a document about a period ending that day prints.
     */
    public Map<Long, AgencyView> findAllNamedOn(Collection<Long> ids, java.time.LocalDate day) {
        return history.namedOn(ids, day);
    }

    /**
     * The agency's parent on {@code day} (the last one it had, for an agency ended by then): the superior a document
     * about a period ending that day prints. Empty for a root.
     */
    public Optional<Long> parentOn(long agencyId, java.time.LocalDate day) {
        return history.parentOn(agencyId, day);
    }

    /** Picker labels of the agencies, by id, for forms that show chosen agencies again (unknown ids are left out). */
    public Map<Long, String> pickerLabels(Collection<Long> ids) {
        return findAll(ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet())).values().stream()
                .collect(Collectors.toMap(AgencyView::id, AgencyView::pickerLabel));
    }

    public Page<AgencyView> search(AgencySearch search, Pageable pageable) {
        return service.search(search, pageable).map(Agency::toView);
    }

    /**
     * Agencies of the current user's scope over time matching the search: what an officer may pick as "our agency".
     * Every agency the scope holds at some date is offered, dissolved ones included (a late record of 2024 names the
     * district police of 2024, or a unit that was the province's own then); the record's service decides on save
     * whether the agency is in scope on the record's date ({@link #inScope(long, java.time.LocalDate)}).
     */
    public Page<AgencyView> searchInScope(AgencySearch search, Pageable pageable) {
        Optional<DatedAgencies> visible = scopes.visible();
        return search(new AgencySearch(search.q(), search.country(), search.parentId(), search.withinPath(), false,
                visible.map(DatedAgencies::ids).orElse(null)), pageable);
    }

    /** The foreign partner agencies of a Vietnamese agency's partnerships, in the partnership list's order. */
    public List<AgencyView> partnersOf(long vnAgencyId) {
        return partnerships.findByAgency(vnAgencyId).stream().filter(partnership -> partnership.getVnAgency().getId() == vnAgencyId)
                .map(partnership -> partnership.getPartnerAgency().toView()).toList();
    }

    /** The agency and every agency beneath it, dissolved ones included (their records still count). */
    public Set<Long> subTreeIds(long agencyId) {
        AgencyView root = require(agencyId);
        return new HashSet<>(repository.idsWithPathPrefix(root.path()));
    }

    /**
     * The agency's sub-tree (and the partner's, if given) over a period, split where a reorganisation changed it:
     * records count for an agency with the hierarchy of their own date.
     */
    public List<AttributionPiece> attribution(long agencyId, Long partnerAgencyId, java.time.LocalDate from, java.time.LocalDate to) {
        List<AttributionPiece> pieces = lineage.pieces(agencyId, partnerAgencyId, from, to);
        if (org.borderliaison.shared.CurrentUser.get().isEmpty()) {
            return pieces;
        }
        Optional<DatedAgencies> visible = scopes.visible();
        if (visible.isEmpty() || visible.get().undated()) {
            return pieces;
        }
        // Split again where the reader's scope over time changes, so that each piece is wholly in it or not
        // (retainVisible then keeps exactly the agencies the reader sees for those days).
        List<AttributionPiece> split = new java.util.ArrayList<>();
        for (AttributionPiece piece : pieces) {
            java.time.LocalDate start = piece.from();
            for (java.time.LocalDate change : visible.get().changesWithin(piece.from(), piece.to())) {
                split.add(new AttributionPiece(start, change.minusDays(1), piece.ours(), piece.partners()));
                start = change;
            }
            split.add(new AttributionPiece(start, piece.to(), piece.ours(), piece.partners()));
        }
        return split;
    }

    /**
     * Keeps the agencies among {@code ours} whose records from {@code from} to {@code to} the current user may see (all
     * of them for a reader who sees everything): what a total over that piece of a period may count.
     */
    public void retainVisible(Set<Long> ours, java.time.LocalDate from, java.time.LocalDate to) {
        scopes.visible().ifPresent(visible -> ours.retainAll(visible.undated() ? visible.undatedIds()
                : visible.coveredThroughout(ours, from, to)));
    }

    /**
     * The agency's sub-tree by the record's date: a record counts for it when its agency lay beneath it on the
     * record's date (the list filters "with its sub-units"). Unknown agencies give no agency at all.
     */
    public DatedAgencies subTreeOverTime(long agencyId) {
        if (find(agencyId).isEmpty()) {
            return DatedAgencies.always(Set.of());
        }
        return DatedAgencies.of(Set.of(), lineage.beneath(agencyId));
    }

    /** The agencies whose records the current user may see, over time (ScopeService's rule); empty: everything. */
    public Optional<DatedAgencies> visible() {
        return scopes.visible();
    }

    /** Whether the agency is in the current user's scope, today or at some time (unknown agencies are not). */
    public boolean inScope(long agencyId) {
        return scopes.covers(agencyId);
    }

    /** Whether a record of the agency dated {@code day} is in the current user's scope (then or today). */
    public boolean inScope(long agencyId, java.time.LocalDate day) {
        return scopes.covers(agencyId, day);
    }

    @Override
    public Collection<Long> idsUnder(String pathPrefix) {
        return repository.idsWithPathPrefix(pathPrefix);
    }

    @Override
    public List<Position> mergedInto(String pathPrefix) {
        return repository.mergedIntoPathPrefix(pathPrefix).stream()
                .map(agency -> new Position(agency.getId(), agency.getPath(), false)).toList();
    }

    @Override
    public List<DatedAgencies.AgencyPeriod> pastBeneath(Collection<Long> ancestorIds, java.time.LocalDate today) {
        return lineage.pastBeneath(ancestorIds, today);
    }

    @Override
    public List<DatedAgencies.AgencyPeriod> beneath(long ancestorId) {
        return lineage.beneath(ancestorId);
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public long treeGeneration() {
        return generation.current();
    }

    @Override
    public Optional<Position> position(long agencyId) {
        return repository.findById(agencyId)
                .map(agency -> new Position(agency.getId(), agency.getPath(), agency.getLevel() == AgencyLevel.CENTRAL
                        && agency.getCountry() == Country.VN));
    }

    public List<AgencyView> children(long parentId) {
        return repository.findByParentIdOrderByNameVi(parentId).stream().map(Agency::toView).toList();
    }

    public List<BorderGateView> borderGates() {
        return gates.findAllByOrderByProvinceAscNameViAsc().stream().map(BorderGate::toView).toList();
    }

    public Optional<BorderGateView> findBorderGate(long id) {
        return gates.findById(id).map(BorderGate::toView);
    }

    public AgencyOverview overview() {
        Map<Country, Long> byCountry = new java.util.EnumMap<>(Country.class);
        repository.countByCountry().forEach(row -> byCountry.put((Country) row[0], (Long) row[1]));
        return new AgencyOverview(byCountry, partnerships.count(), gates.count());
    }
}
