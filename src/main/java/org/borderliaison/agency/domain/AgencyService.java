package org.borderliaison.agency.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.borderliaison.agency.AgencySearch;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.DocumentSettings;
import org.borderliaison.shared.AgencyTreeChanged;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.NotFoundException;
import org.borderliaison.shared.SearchText;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    AgencyService(AgencyRepository agencies, ApplicationEventPublisher events) {
        this.agencies = agencies;
        this.events = events;
    }

    public Agency get(long id) {
        return agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
    }

    /** An agency named in a request: an unknown one is bad input on that field, not a missing page. */
    Agency referenced(Long id, String field) {
        if (id == null) {
            return null;
        }
        return agencies.findById(id).orElseThrow(() -> new BusinessRuleException(field, "agency.error.unknown"));
    }

    public Page<Agency> search(AgencySearch search, Pageable pageable) {
        return agencies.findAll(specification(search), pageable);
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

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Agency create(Country country, Long parentId, AgencyDetails details) {
        requireUniqueCode(details.code(), null);
        Agency agency = new Agency(country, details);
        agency.placeUnder(referenced(parentId, "parentId"), null);
        agencies.saveAndFlush(agency);
        // The path holds the id, known only now; written directly so the new record stays at version 0.
        agencies.setPath(agency.getId(), agency.pathUnderParent());
        events.publishEvent(new AgencyTreeChanged(agency.getId()));
        return get(agency.getId());
    }

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
        agency.apply(details);
        if (documents != null) {
            agency.applyDocumentSettings(documents);
        }
        events.publishEvent(new AgencyTreeChanged(id));
        return agencies.saveAndFlush(agency);
    }

    /**
     * Moves an agency and its whole sub-tree under a new parent from {@code effectiveDate}. Records keep
     * pointing at the agency, so they follow it.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Agency move(long id, long version, Long newParentId, LocalDate effectiveDate) {
        Agency agency = get(id);
        agency.checkVersion(version);
        Agency newParent = referenced(newParentId, "parentId");
        if (newParent != null && !newParent.isActive()) {
            throw new BusinessRuleException("parentId", "agency.error.parentInactive", newParent.getNameVi());
        }
        String oldPath = agency.getPath();
        agency.placeUnder(newParent, effectiveDate);
        agency.assignPath();
        agencies.saveAndFlush(agency);
        agencies.rewritePaths(oldPath, oldPath.length(), agency.getPath());
        events.publishEvent(new AgencyTreeChanged(id));
        return get(id);
    }

    /** Dissolves an agency, or merges it into {@code successorId}, from {@code effectiveDate}. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Agency dissolve(long id, long version, LocalDate effectiveDate, Long successorId) {
        Agency agency = get(id);
        agency.checkVersion(version);
        long activeChildren = agencies.countByParentIdAndActiveTrue(id);
        if (activeChildren > 0) {
            throw new BusinessRuleException(null, "agency.error.activeChildren", activeChildren);
        }
        agency.dissolve(effectiveDate, referenced(successorId, "successorId"));
        events.publishEvent(new AgencyTreeChanged(id));
        return agencies.saveAndFlush(agency);
    }

    private void requireUniqueCode(String code, Long ownId) {
        agencies.findByCodeIgnoreCase(code.strip()).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
            throw new BusinessRuleException("code", "agency.error.codeTaken", other.getNameVi());
        });
    }

    private static Specification<Agency> specification(AgencySearch search) {
        List<Specification<Agency>> parts = new ArrayList<>();
        if (search.q() != null && !search.q().isBlank()) {
            String pattern = SearchText.likePattern(search.q());
            parts.add((root, query, cb) -> cb.like(root.get("searchText"), pattern, '\\'));
        }
        if (search.country() != null) {
            parts.add((root, query, cb) -> cb.equal(root.get("country"), search.country()));
        }
        if (search.parentId() != null) {
            parts.add((root, query, cb) -> cb.equal(root.get("parent").get("id"), search.parentId()));
        }
        if (search.withinPath() != null) {
            parts.add((root, query, cb) -> cb.like(root.get("path"), search.withinPath() + "%"));
        }
        if (search.activeOnly()) {
            parts.add((root, query, cb) -> cb.isTrue(root.get("active")));
        }
        return Specification.allOf(parts);
    }

    public AgencyView view(long id) {
        return get(id).toView();
    }
}
