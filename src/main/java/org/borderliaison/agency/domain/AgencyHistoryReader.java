package org.borderliaison.agency.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderliaison.agency.AgencyTimeline;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.LocalisedName;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the trees as they were on a day, and an agency's timeline. */
@Service
@Transactional(readOnly = true)
public class AgencyHistoryReader {

    private final AgencyRepository agencies;
    private final AgencyPlacementRepository placements;
    private final AgencyNameRepository names;
    private final AgencyEventRepository events;

    AgencyHistoryReader(AgencyRepository agencies, AgencyPlacementRepository placements, AgencyNameRepository names,
            AgencyEventRepository events) {
        this.agencies = agencies;
        this.placements = placements;
        this.names = names;
        this.events = events;
    }

    public List<AgencyView> rootsOn(LocalDate day) {
        return viewsOn(placements.rootsOn(day), day);
    }

    public List<AgencyView> childrenOn(long parentId, LocalDate day) {
        return viewsOn(placements.childrenOn(parentId, day), day);
    }

    public Map<Long, Long> childCountsOn(Collection<Long> parentIds, LocalDate day) {
        Map<Long, Long> counts = new HashMap<>();
        if (!parentIds.isEmpty()) {
            placements.countChildrenOn(parentIds, day).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    /**
     * The agencies as they stood on {@code day}: the parent they had then, the names they bore then, and whether they
     * were still active; ordered by country and name. An agency not yet placed on that day is left out.
     */
    public List<AgencyView> viewsOn(Collection<Long> ids, LocalDate day) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, AgencyPlacement> placed = placements.findByAgencyIdInOrderByValidFrom(ids).stream()
                .filter(row -> row.validOn(day)).collect(Collectors.toMap(AgencyPlacement::getAgencyId, Function.identity(), (a, b) -> a));
        Map<Long, AgencyName> named = names.validOn(ids, day).stream()
                .collect(Collectors.toMap(AgencyName::getAgencyId, Function.identity(), (a, b) -> a));
        List<AgencyView> views = new ArrayList<>();
        for (Agency agency : agencies.findAllById(ids)) {
            AgencyPlacement placement = placed.get(agency.getId());
            if (placement != null) {
                views.add(agency.toViewOn(day, placement, named.get(agency.getId())));
            }
        }
        views.sort(java.util.Comparator.comparing(AgencyView::country).thenComparing(AgencyView::nameVi));
        return views;
    }

    /**
     * The agencies as they stand today but called by the names they bore on {@code day}, by id: what a document about a
     * past period names them. An agency that had no name yet on that day keeps today's.
     */
    public Map<Long, AgencyView> namedOn(Collection<Long> ids, LocalDate day) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, AgencyName> named = names.validOn(ids, day).stream()
                .collect(Collectors.toMap(AgencyName::getAgencyId, Function.identity(), (a, b) -> a));
        Map<Long, AgencyView> views = new HashMap<>();
        for (Agency agency : agencies.findAllById(ids)) {
            AgencyName name = named.get(agency.getId());
            views.put(agency.getId(), name == null ? agency.toView() : agency.toViewNamed(name));
        }
        return views;
    }

    /**
     * The agency's parent on {@code day}: the one it was placed under then, the last one for an agency ended by then,
     * today's for one not placed yet. Empty for a root (and an unknown agency).
     */
    public Optional<Long> parentOn(long agencyId, LocalDate day) {
        AgencyPlacement last = null;
        for (AgencyPlacement placement : placements.findByAgencyIdOrderByValidFrom(agencyId)) {
            if (!placement.getValidFrom().isAfter(day)) {
                last = placement;
            }
        }
        if (last == null) {
            return agencies.findById(agencyId).map(Agency::getParent).map(Agency::getId);
        }
        return Optional.ofNullable(last.getParentId());
    }

    public AgencyTimeline timeline(long agencyId) {
        return timeline(agencyId, "vi");
    }

    /** The timeline with the other agencies (parents, successors) named in {@code language} where they have such a name. */
    public AgencyTimeline timeline(long agencyId, String language) {
        List<AgencyPlacement> placed = placements.findByAgencyIdOrderByValidFrom(agencyId);
        List<AgencyName> named = names.findByAgencyIdOrderByValidFrom(agencyId);
        List<AgencyEvent> happened = events.findByAgencyIdOrderByEffectiveDateDescIdDesc(agencyId);
        NamesOn namesOn = new NamesOn(language);
        List<AgencyTimeline.Placement> placementRows = placed.stream()
                .map(row -> new AgencyTimeline.Placement(row.getId(), row.getParentId(), namesOn.of(row.getParentId(), row.getValidFrom()),
                        row.getValidFrom(), row.getValidUntil())).collect(Collectors.toCollection(ArrayList::new));
        java.util.Collections.reverse(placementRows);
        List<AgencyTimeline.Name> nameRows = named.stream()
                .map(row -> new AgencyTimeline.Name(row.getId(), row.getCode(), row.getNameVi(), row.getNameEn(), row.getNameNative(),
                        row.getValidFrom(), row.getValidUntil())).collect(Collectors.toCollection(ArrayList::new));
        java.util.Collections.reverse(nameRows);
        List<AgencyTimeline.Event> eventRows = happened.stream()
                .map(event -> new AgencyTimeline.Event(event.getKind(), event.getEffectiveDate(), event.getOtherAgencyId(),
                        namesOn.of(event.getOtherAgencyId(), event.getEffectiveDate()), event.getPreviousAgencyId(),
                        namesOn.of(event.getPreviousAgencyId(), event.getEffectiveDate().minusDays(1)), event.getNameBefore(),
                        event.getNameAfter(), event.getDetails(), event.getAuthor(), event.getAt())).toList();
        return new AgencyTimeline(agencyId, placementRows, nameRows, eventRows);
    }

    /** The name an agency bore on a day (its current name when no name was valid then), in one language. */
    private final class NamesOn {

        private final Map<Long, List<AgencyName>> loaded = new HashMap<>();
        private final String language;

        NamesOn(String language) {
            this.language = language;
        }

        String of(Long agencyId, LocalDate day) {
            if (agencyId == null) {
                return null;
            }
            List<AgencyName> rows = loaded.computeIfAbsent(agencyId, names::findByAgencyIdOrderByValidFrom);
            AgencyName name = Dated.on(rows, day);
            if (name == null) {
                name = Dated.latest(rows);
            }
            return name == null ? agencies.findById(agencyId).map(agency -> agency.name(language)).orElse(null)
                    : LocalisedName.of(language, name.getNameVi(), name.getNameEn());
        }
    }
}
