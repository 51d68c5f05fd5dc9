package org.borderliaison.agency.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.borderliaison.agency.AgencySearch;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.AgencyEventKind;
import org.borderliaison.agency.DocumentSettings;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.NotFoundException;
import org.borderliaison.shared.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and reorganises the agency trees. Only administrators change them; every signed-in user may
 * read them (partner agencies and the structure are not secret within the force).
 */
@Service
@Transactional(readOnly = true)
public class AgencyService {

    private final AgencyRepository agencies;
    private final AgencyPlacementRepository placements;
    private final AgencyNameRepository names;
    private final AgencyReorganisation reorganisation;
    private final AgencySettlement settlement;
    private final AgencyHistoryReader history;
    private final Clock clock;

    AgencyService(AgencyRepository agencies, AgencyPlacementRepository placements, AgencyNameRepository names,
            AgencyReorganisation reorganisation, AgencySettlement settlement, AgencyHistoryReader history, Clock clock) {
        this.history = history;
        this.agencies = agencies;
        this.placements = placements;
        this.names = names;
        this.reorganisation = reorganisation;
        this.settlement = settlement;
        this.clock = clock;
    }

    public Agency get(long id) {
        return agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
    }

    /** An agency named in a request: an unknown one is bad input on that field, not a missing page. */
    Agency referenced(Long id, String field) {
        return reorganisation.referenced(id, field);
    }

    public Page<Agency> search(AgencySearch search, Pageable pageable) {
        return agencies.findAll(specification(search, null), pageable);
    }

    /**
     * The agencies matching the search as they stood on {@code day}: placed then (under {@code parentId}, if given),
     * with the parent and names of that day.
     */
    public Page<AgencyView> searchOn(AgencySearch search, LocalDate day, Pageable pageable) {
        Page<Agency> found = agencies.findAll(specification(search, day), pageable);
        Map<Long, AgencyView> views = new java.util.HashMap<>();
        history.viewsOn(found.map(Agency::getId).getContent(), day).forEach(view -> views.put(view.id(), view));
        return found.map(agency -> views.get(agency.getId()));
    }

    public List<Agency> roots() {
        return agencies.findByParentIsNullOrderByCountryAscNameViAsc();
    }

    public List<Agency> children(long parentId) {
        return agencies.findByParentIdOrderByNameVi(parentId);
    }

    /** The chain from the root down to the agency's parent, read from the materialised path. */
    public List<Agency> ancestors(Agency agency) {
        List<Long> ids = Arrays.stream(agency.getPath().split("/")).filter(part -> !part.isEmpty()).map(Long::valueOf)
                .filter(id -> !id.equals(agency.getId())).toList();
        List<Agency> found = agencies.findByIdIn(ids);
        List<Agency> ordered = new ArrayList<>(found);
        ordered.sort(java.util.Comparator.comparingInt(a -> ids.indexOf(a.getId())));
        return ordered;
    }

    public List<Agency> predecessors(long agencyId) {
        return agencies.findBySuccessorIdOrderByNameVi(agencyId);
    }

    public java.util.Map<Long, Long> childCounts(java.util.Collection<Long> parentIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (!parentIds.isEmpty()) {
            agencies.countChildren(parentIds).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    /**
     * Creates an agency placed under {@code parentId} from its {@code validFrom} (none given: it has always been
     * there, so records of any date count for its parent).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Agency create(Country country, Long parentId, AgencyDetails details) {
        requireUniqueCode(details.code(), null);
        LocalDate from = details.validFrom() == null ? LineageRow.BEGINNING : reorganisation.notInFuture(details.validFrom(), "validFrom");
        Agency agency = new Agency(country, details);
        Agency parent = referenced(parentId, "parentId");
        agency.requireParentOfSameCountry(parent, "parentId");
        if (parent != null && !parent.isActive()) {
            throw new BusinessRuleException("parentId", "agency.error.parentInactive", parent.getNameVi());
        }
        agency.settle(parent, details.validFrom(), agency.names(), "/");
        agencies.saveAndFlush(agency);
        // The path holds the id, known only now; written directly so the new record stays at version 0.
        agencies.setPath(agency.getId(), (parent == null ? "/" : parent.getPath()) + agency.getId() + "/");
        placements.save(new AgencyPlacement(agency.getId(), parentId, from));
        names.save(new AgencyName(agency.getId(), agency.names(), from));
        reorganisation.record(agency.getId(), AgencyEventKind.CREATED, from, parentId, null);
        settlement.settle(List.of(agency.getId()));
        return get(agency.getId());
    }

    /** Corrects the description; the names and code are corrected in the name valid today (a rename is dated instead). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Agency update(long id, long version, AgencyDetails details) {
        return update(id, version, details, null);
    }

    /** Updates the description and, unless {@code documents} is null, the defaults of the agency's official documents. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Agency update(long id, long version, AgencyDetails details, DocumentSettings documents) {
        Agency agency = get(id);
        agency.checkVersion(version);
        requireUniqueCode(details.code(), id);
        List<AgencyName> named = names.findByAgencyIdOrderByValidFrom(id);
        AgencyName current = Dated.on(named, LocalDate.now(clock));
        (current != null ? current : Dated.latest(named)).apply(new AgencyNames(details.code(), details.nameVi(),
                details.nameEn(), details.nameNative()));
        settlement.settle(List.of(id));
        // After the settlement's flush, so that the agency is written once (one new version).
        agency.changeKind(details.kind(), details.level(), details.validFrom());
        if (documents != null) {
            agency.applyDocumentSettings(documents);
        }
        return agencies.saveAndFlush(agency);
    }

    /** Moves an agency and its sub-tree under a new parent from {@code effectiveDate}; see {@link AgencyReorganisation#move}. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Agency move(long id, long version, Long newParentId, LocalDate effectiveDate) {
        reorganisation.move(id, version, newParentId, effectiveDate);
        return get(id);
    }

    /** Dissolves an agency, or merges it into {@code successorId}, from {@code effectiveDate}. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Agency dissolve(long id, long version, LocalDate effectiveDate, Long successorId) {
        if (successorId != null) {
            reorganisation.merge(id, version, effectiveDate, successorId);
        } else {
            reorganisation.dissolve(id, version, effectiveDate);
        }
        return get(id);
    }

    private void requireUniqueCode(String code, Long ownId) {
        reorganisation.requireUniqueCode(code, ownId);
    }

    private static Specification<Agency> specification(AgencySearch search, LocalDate day) {
        List<Specification<Agency>> parts = new ArrayList<>();
        if (search.q() != null && !search.q().isBlank()) {
            String pattern = SearchText.likePattern(search.q());
            parts.add((root, query, cb) -> cb.like(root.get("searchText"), pattern, '\\'));
        }
        if (search.country() != null) {
            parts.add((root, query, cb) -> cb.equal(root.get("country"), search.country()));
        }
        if (day != null) {
            parts.add((root, query, cb) -> {
                var placed = query.subquery(Long.class);
                var placement = placed.from(AgencyPlacement.class);
                List<jakarta.persistence.criteria.Predicate> on = new ArrayList<>(List.of(
                        cb.equal(placement.get("agencyId"), root.get("id")),
                        cb.lessThanOrEqualTo(placement.get("validFrom"), day),
                        cb.or(cb.isNull(placement.get("validUntil")), cb.greaterThan(placement.get("validUntil"), day))));
                if (search.parentId() != null) {
                    on.add(cb.equal(placement.get("parentId"), search.parentId()));
                }
                return cb.exists(placed.select(placement.get("id")).where(on.toArray(jakarta.persistence.criteria.Predicate[]::new)));
            });
        } else if (search.parentId() != null) {
            parts.add((root, query, cb) -> cb.equal(root.get("parent").get("id"), search.parentId()));
        }
        if (search.withinPath() != null) {
            parts.add((root, query, cb) -> cb.like(root.get("path"), search.withinPath() + "%"));
        }
        if (search.amongIds() != null) {
            parts.add((root, query, cb) -> search.amongIds().isEmpty() ? cb.disjunction() : root.get("id").in(search.amongIds()));
        }
        if (search.activeOnly() && day == null) {
            parts.add((root, query, cb) -> cb.isTrue(root.get("active")));
        } else if (search.activeOnly()) {
            parts.add((root, query, cb) -> cb.or(cb.isNull(root.get("validTo")), cb.greaterThan(root.get("validTo"), day)));
        }
        return Specification.allOf(parts);
    }

    public AgencyView view(long id) {
        return get(id).toView();
    }
}
