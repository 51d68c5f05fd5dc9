package org.borderliaison.agency.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.borderliaison.agency.AgencyEventKind;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.UnitsEnding;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated reorganisations of the agency trees: move, rename, merge, dissolve, the bulk ending of units of a kind,
 * and corrections of a placement or a name with a past date. Each writes placements, names and an event, then lets
 * {@link AgencySettlement} bring the lineage and today's tree in line. Effective dates in the future are refused:
 * what is valid today must be known today.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AgencyReorganisation {

    private final AgencyRepository agencies;
    private final AgencyPlacementRepository placements;
    private final AgencyNameRepository names;
    private final AgencyEventRepository events;
    private final AgencySettlement settlement;
    private final Clock clock;

    AgencyReorganisation(AgencyRepository agencies, AgencyPlacementRepository placements, AgencyNameRepository names,
            AgencyEventRepository events, AgencySettlement settlement, Clock clock) {
        this.agencies = agencies;
        this.placements = placements;
        this.names = names;
        this.events = events;
        this.settlement = settlement;
        this.clock = clock;
    }

    /**
     * Places the agency, with its sub-tree, under {@code newParentId} (null: a root) from {@code effectiveDate}. Its
     * records before that date keep counting for the former parent. A date not after the current placement's start
     * is a correction, not a move.
     */
    public Agency move(long id, long version, Long newParentId, LocalDate effectiveDate) {
        Agency agency = active(id, version);
        notInFuture(effectiveDate, "effectiveDate");
        Agency newParent = referenced(newParentId, "parentId");
        requireActiveParent(agency, newParent, "parentId");
        AgencyPlacement last = Dated.latest(placements.findByAgencyIdOrderByValidFrom(id));
        if (!effectiveDate.isAfter(last.getValidFrom())) {
            throw new BusinessRuleException("effectiveDate", "agency.error.notAfterPlacement", day(last.getValidFrom()));
        }
        if (java.util.Objects.equals(last.getParentId(), newParentId)) {
            throw new BusinessRuleException("parentId", "agency.error.sameParent");
        }
        settlement.requireNoCycle(id, newParentId, effectiveDate, null, "parentId", agency.getNameVi(),
                newParent == null ? "" : newParent.getNameVi());
        place(id, newParentId, effectiveDate);
        record(id, AgencyEventKind.MOVED, effectiveDate, newParentId, last.getParentId());
        settlement.settle(List.of(id));
        return agency;
    }

    /** Gives the agency new names (and code) from {@code effectiveDate}; documents of earlier periods keep the old ones. */
    public Agency rename(long id, long version, AgencyNames newNames, LocalDate effectiveDate) {
        Agency agency = active(id, version);
        notInFuture(effectiveDate, "effectiveDate");
        requireUniqueCode(newNames.code(), id);
        AgencyName last = Dated.latest(names.findByAgencyIdOrderByValidFrom(id));
        if (!effectiveDate.isAfter(last.getValidFrom())) {
            throw new BusinessRuleException("effectiveDate", "agency.error.notAfterName", day(last.getValidFrom()));
        }
        last.setValidUntil(effectiveDate);
        AgencyName renamed = names.save(new AgencyName(id, newNames, effectiveDate));
        record(id, AgencyEventKind.RENAMED, effectiveDate, null, null).renamed(last.getNameVi(), renamed.getNameVi());
        settlement.settle(List.of(id));
        return agency;
    }

    /**
     * Merges the agency into {@code successorId} from {@code effectiveDate}: it ends there, and its sub-units still
     * active then are placed under the successor from that day. The agency itself keeps its place, so its own
     * records stay with its former parent.
     */
    public Agency merge(long id, long version, LocalDate effectiveDate, long successorId) {
        Agency agency = active(id, version);
        notInFuture(effectiveDate, "effectiveDate");
        Agency successor = referenced(successorId, "successorId");
        settlement.requireNoCycle(id, successorId, effectiveDate, null, "successorId", agency.getNameVi(), successor.getNameVi());
        agency.dissolve(effectiveDate, successor);
        for (Long child : placements.childrenOn(id, effectiveDate)) {
            Agency sub = agencies.findById(child).orElseThrow();
            if (sub.isActive()) {
                replace(child, successorId, effectiveDate, "successorId");
                record(child, AgencyEventKind.MOVED, effectiveDate, successorId, id);
            }
        }
        record(id, AgencyEventKind.MERGED, effectiveDate, successorId, null);
        record(successorId, AgencyEventKind.ABSORBED, effectiveDate, id, null);
        settlement.settle(List.of(id, successorId));
        return agency;
    }

    /** Ends the agency on {@code effectiveDate}. Its active sub-units must be moved or ended first. */
    public Agency dissolve(long id, long version, LocalDate effectiveDate) {
        Agency agency = active(id, version);
        notInFuture(effectiveDate, "effectiveDate");
        long activeChildren = agencies.countByParentIdAndActiveTrue(id);
        if (activeChildren > 0) {
            throw new BusinessRuleException(null, "agency.error.activeChildren", activeChildren);
        }
        agency.dissolve(effectiveDate, null);
        record(id, AgencyEventKind.DISSOLVED, effectiveDate, null, null);
        settlement.settle(List.of(id));
        return agency;
    }

    /** What {@link #endUnits} would do, changing nothing; refused when no unit of that kind would end. */
    @Transactional(readOnly = true)
    public UnitsEnding previewEndUnits(long parentId, AgencyKind kind, LocalDate effectiveDate) {
        Agency parent = referenced(parentId, "parentId");
        if (kind == null) {
            throw new BusinessRuleException("kind", "NotNull");
        }
        if (effectiveDate == null) {
            throw new BusinessRuleException("effectiveDate", "NotNull");
        }
        notInFuture(effectiveDate, "effectiveDate");
        List<UnitsEnding.Ending> endings = new ArrayList<>();
        for (Agency unit : agencies.findAllById(placements.childrenOn(parentId, effectiveDate))) {
            if (unit.getKind() == kind && unit.isActive()) {
                List<org.borderliaison.agency.AgencyView> subUnits = agencies.findAllById(placements.childrenOn(unit.getId(), effectiveDate))
                        .stream().filter(Agency::isActive).map(Agency::toView)
                        .sorted(java.util.Comparator.comparing(org.borderliaison.agency.AgencyView::nameVi)).toList();
                endings.add(new UnitsEnding.Ending(unit.toView(), subUnits));
            }
        }
        if (endings.isEmpty()) {
            throw new BusinessRuleException("kind", "agency.error.noUnitsToEnd");
        }
        endings.sort(java.util.Comparator.comparing(ending -> ending.unit().nameVi()));
        return new UnitsEnding(parent.toView(), kind, effectiveDate, endings);
    }

    /**
     * Ends every active unit of {@code kind} placed directly under the parent on {@code effectiveDate} and places
     * their active sub-units directly under the parent from that day: 1 March 2025, when district police ended.
     */
    public UnitsEnding endUnits(long parentId, AgencyKind kind, LocalDate effectiveDate) {
        UnitsEnding plan = previewEndUnits(parentId, kind, effectiveDate);
        List<Long> changed = new ArrayList<>();
        changed.add(parentId);
        for (UnitsEnding.Ending ending : plan.endings()) {
            for (var sub : ending.subUnits()) {
                replace(sub.id(), parentId, effectiveDate, "parentId");
                record(sub.id(), AgencyEventKind.MOVED, effectiveDate, parentId, ending.unit().id());
                changed.add(sub.id());
            }
            Agency unit = agencies.findById(ending.unit().id()).orElseThrow();
            unit.dissolve(effectiveDate, null);
            record(unit.getId(), AgencyEventKind.DISSOLVED, effectiveDate, null, null);
            changed.add(unit.getId());
        }
        record(parentId, AgencyEventKind.UNITS_ENDED, effectiveDate, null, null)
                .details(plan.endings().size() + "/" + plan.subUnitCount());
        settlement.settle(changed);
        return plan;
    }

    /**
     * Corrects one placement of the agency: its parent and the day it began. The neighbouring placements are
     * re-chained around it and whatever depends on the lineage is recomputed.
     */
    public Agency correctPlacement(long id, long placementId, Long parentId, LocalDate validFrom) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new org.borderliaison.shared.NotFoundException("Agency", id));
        notInFuture(validFrom, "validFrom");
        List<AgencyPlacement> own = placements.findByAgencyIdOrderByValidFrom(id);
        AgencyPlacement placement = own.stream().filter(row -> row.getId() == placementId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("placementId", "agency.error.unknownPlacement"));
        Agency parent = referenced(parentId, "parentId");
        agency.requireParentOfSameCountry(parent, "parentId");
        Long before = placement.getParentId();
        placement.correct(parentId, validFrom);
        Dated.chain(own, "validFrom");
        settlement.requireNoCycle(id, parentId, validFrom, placement.getValidUntil(), "parentId", agency.getNameVi(),
                parent == null ? "" : parent.getNameVi());
        record(id, AgencyEventKind.PLACEMENT_CORRECTED, validFrom, parentId, before);
        settlement.settle(List.of(id));
        return agency;
    }

    /** Corrects one of the agency's names: its forms, its code and the day it began. */
    public Agency correctName(long id, long nameId, AgencyNames corrected, LocalDate validFrom) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new org.borderliaison.shared.NotFoundException("Agency", id));
        notInFuture(validFrom, "validFrom");
        requireUniqueCode(corrected.code(), id);
        List<AgencyName> own = names.findByAgencyIdOrderByValidFrom(id);
        AgencyName name = own.stream().filter(row -> row.getId() == nameId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("nameId", "agency.error.unknownName"));
        String before = name.getNameVi();
        name.correct(corrected, validFrom);
        Dated.chain(own, "validFrom");
        record(id, AgencyEventKind.NAME_CORRECTED, validFrom, null, null).renamed(before, name.getNameVi());
        settlement.settle(List.of(id));
        return agency;
    }

    Agency referenced(Long id, String field) {
        if (id == null) {
            return null;
        }
        return agencies.findById(id).orElseThrow(() -> new BusinessRuleException(field, "agency.error.unknown"));
    }

    void requireUniqueCode(String code, Long ownId) {
        agencies.findByCodeIgnoreCase(code.strip()).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
            throw new BusinessRuleException("code", "agency.error.codeTaken", other.getNameVi());
        });
    }

    LocalDate notInFuture(LocalDate date, String field) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException(field, "agency.error.futureDate");
        }
        return date;
    }

    AgencyEvent record(long agencyId, AgencyEventKind kind, LocalDate date, Long other, Long previous) {
        return events.save(new AgencyEvent(agencyId, kind, date, other, previous, CurrentUser.username(), clock.instant()));
    }

    private Agency active(long id, long version) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new org.borderliaison.shared.NotFoundException("Agency", id));
        agency.checkVersion(version);
        if (!agency.isActive()) {
            throw new BusinessRuleException(null, "agency.error.alreadyDissolved", agency.getNameVi());
        }
        return agency;
    }

    private void requireActiveParent(Agency agency, Agency parent, String field) {
        agency.requireParentOfSameCountry(parent, field);
        if (parent != null && !parent.isActive()) {
            throw new BusinessRuleException(field, "agency.error.parentInactive", parent.getNameVi());
        }
    }

    /** Ends the agency's current placement on {@code from} and opens one under {@code parentId}. */
    private void place(long id, Long parentId, LocalDate from) {
        AgencyPlacement last = Dated.latest(placements.findByAgencyIdOrderByValidFrom(id));
        last.setValidUntil(from);
        placements.save(new AgencyPlacement(id, parentId, from));
    }

    /** {@link #place} for a sub-unit carried along by a merge or a bulk ending; refused when it began on that very day. */
    private void replace(long id, long parentId, LocalDate from, String field) {
        AgencyPlacement last = Dated.latest(placements.findByAgencyIdOrderByValidFrom(id));
        if (!from.isAfter(last.getValidFrom())) {
            Agency sub = agencies.findById(id).orElseThrow();
            throw new BusinessRuleException(field, "agency.error.subUnitPlacedThatDay", sub.getNameVi());
        }
        place(id, parentId, from);
    }

    private static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
