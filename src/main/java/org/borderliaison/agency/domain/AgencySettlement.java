package org.borderliaison.agency.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderliaison.shared.AgencyTreeChanged;
import org.borderliaison.shared.BusinessRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one step after every change of placements or names: rewrites {@code agency_lineage} for the agencies whose
 * ancestors may have changed (the changed ones and everything ever placed beneath them), brings the {@code agency}
 * table's current columns (parent, path, names) in line with what is valid today, and announces the change (the stored
 * generation of the tree and {@link AgencyTreeChanged}).
 */
@Component
class AgencySettlement {

    private static final int CHUNK = 500;

    private final AgencyRepository agencies;
    private final AgencyPlacementRepository placements;
    private final AgencyNameRepository names;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AgencyTreeGeneration generation;
    private final Clock clock;

    AgencySettlement(AgencyRepository agencies, AgencyPlacementRepository placements, AgencyNameRepository names,
            JdbcTemplate jdbc, ApplicationEventPublisher events, AgencyTreeGeneration generation, Clock clock) {
        this.generation = generation;
        this.agencies = agencies;
        this.placements = placements;
        this.names = names;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    void settle(Collection<Long> changed) {
        placements.flush();
        names.flush();
        Set<Long> affected = everBeneath(changed);
        Lineage lineage = new Lineage();
        List<LineageRow> rows = new ArrayList<>();
        affected.forEach(id -> rows.addAll(lineage.of(id)));
        List<Long> ids = List.copyOf(affected);
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            jdbc.update("delete from agency_lineage where agency_id in (" + String.join(",", chunk.stream().map(String::valueOf).toList()) + ")");
        }
        jdbc.batchUpdate("insert into agency_lineage (agency_id, ancestor_id, depth, valid_from, valid_until) values (?, ?, ?, ?, ?)",
                rows, CHUNK, (statement, row) -> {
                    statement.setLong(1, row.agencyId());
                    statement.setLong(2, row.ancestorId());
                    statement.setInt(3, row.depth());
                    statement.setObject(4, row.validFrom());
                    statement.setObject(5, row.validUntil());
                });
        applyToday(affected, lineage);
        // Both: the stored generation reaches every instance at the commit, the event this one's kept scopes at once
        // after it (or after a rollback, which the stored generation undoes).
        generation.advance();
        changed.forEach(id -> events.publishEvent(new AgencyTreeChanged(id)));
    }

    /**
     * Refuses a placement of {@code agencyId} under {@code parentId} from {@code from} until {@code until} when the
     * parent is the agency itself or lies beneath it at some time in that period.
     */
    void requireNoCycle(long agencyId, Long parentId, LocalDate from, LocalDate until, String field, String agencyName,
            String parentName) {
        if (parentId == null) {
            return;
        }
        boolean cycle = new Lineage().of(parentId).stream()
                .anyMatch(row -> row.ancestorId() == agencyId && row.overlaps(from, until));
        if (cycle) {
            throw new BusinessRuleException(field, "agency.error.cycle", parentName, agencyName);
        }
    }

    /** The changed agencies and every agency placed beneath them at any time. */
    private Set<Long> everBeneath(Collection<Long> changed) {
        Set<Long> found = new LinkedHashSet<>(changed);
        Set<Long> level = new HashSet<>(changed);
        while (!level.isEmpty()) {
            Set<Long> next = new HashSet<>();
            List<Long> parents = List.copyOf(level);
            for (int start = 0; start < parents.size(); start += CHUNK) {
                for (Long child : placements.everUnder(parents.subList(start, Math.min(parents.size(), start + CHUNK)))) {
                    if (found.add(child)) {
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        return found;
    }

    private void applyToday(Set<Long> affected, Lineage lineage) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Agency> byId = new HashMap<>();
        agencies.findAllById(affected).forEach(agency -> byId.put(agency.getId(), agency));
        Map<Long, String> paths = new HashMap<>();
        for (Long id : affected) {
            Agency agency = byId.get(id);
            List<AgencyPlacement> own = lineage.placements(id);
            AgencyPlacement current = currentOf(own, today);
            List<AgencyName> named = names.findByAgencyIdOrderByValidFrom(id);
            AgencyName name = currentOf(named, today);
            Long parentId = current == null ? null : current.getParentId();
            Agency parent = parentId == null ? null : byId.computeIfAbsent(parentId, key -> agencies.getReferenceById(key));
            LocalDate since = current == null || !current.getValidFrom().isAfter(LineageRow.BEGINNING) ? null : current.getValidFrom();
            agency.settle(parent, since, name == null ? null : name.names(), pathOf(id, affected, byId, lineage, today, paths));
        }
    }

    private String pathOf(long id, Set<Long> affected, Map<Long, Agency> byId, Lineage lineage, LocalDate today,
            Map<Long, String> paths) {
        String known = paths.get(id);
        if (known != null) {
            return known;
        }
        String path;
        if (!affected.contains(id)) {
            path = agencies.findById(id).map(Agency::getPath).orElse("/");
        } else {
            AgencyPlacement current = currentOf(lineage.placements(id), today);
            Long parentId = current == null ? null : current.getParentId();
            path = (parentId == null ? "/" : pathOf(parentId, affected, byId, lineage, today, paths)) + id + "/";
        }
        paths.put(id, path);
        return path;
    }

    /** The row valid today or, for an agency not yet or no longer placed, the latest one. */
    private static <T extends Dated> T currentOf(List<T> rows, LocalDate today) {
        T valid = Dated.on(rows, today);
        return valid != null ? valid : Dated.latest(rows);
    }

    /** The closure of placements over time, computed on demand with the placements it needs, each loaded once. */
    private final class Lineage {

        private final Map<Long, List<AgencyPlacement>> loaded = new HashMap<>();
        private final Map<Long, List<LineageRow>> computed = new HashMap<>();

        List<AgencyPlacement> placements(long agencyId) {
            return loaded.computeIfAbsent(agencyId, placements::findByAgencyIdOrderByValidFrom);
        }

        List<LineageRow> of(long agencyId) {
            return of(agencyId, new ArrayDeque<>());
        }

        private List<LineageRow> of(long agencyId, Deque<Long> visiting) {
            List<LineageRow> known = computed.get(agencyId);
            if (known != null) {
                return known;
            }
            if (visiting.contains(agencyId)) {
                // A cycle through time can only come from data that bypassed the checks: cut it rather than loop.
                return List.of();
            }
            visiting.push(agencyId);
            List<LineageRow> rows = new ArrayList<>();
            rows.add(new LineageRow(agencyId, agencyId, 0, LineageRow.BEGINNING, null));
            for (AgencyPlacement placement : placements(agencyId)) {
                if (placement.getParentId() == null) {
                    continue;
                }
                for (LineageRow above : of(placement.getParentId(), visiting)) {
                    LocalDate from = later(placement.getValidFrom(), above.validFrom());
                    LocalDate until = earlier(placement.getValidUntil(), above.validUntil());
                    if (until == null || from.isBefore(until)) {
                        append(rows, new LineageRow(agencyId, above.ancestorId(), above.depth() + 1, from, until));
                    }
                }
            }
            visiting.pop();
            computed.put(agencyId, rows);
            return rows;
        }

        /** Joins a row to the one it continues (same ancestor, same depth, ending where it begins). */
        private static void append(List<LineageRow> rows, LineageRow row) {
            for (int i = 0; i < rows.size(); i++) {
                LineageRow existing = rows.get(i);
                if (existing.ancestorId() == row.ancestorId() && existing.depth() == row.depth()
                        && row.validFrom().equals(existing.validUntil())) {
                    rows.set(i, new LineageRow(row.agencyId(), row.ancestorId(), row.depth(), existing.validFrom(), row.validUntil()));
                    return;
                }
            }
            rows.add(row);
        }

        private static LocalDate later(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }

        private static LocalDate earlier(LocalDate a, LocalDate b) {
            if (a == null) {
                return b;
            }
            return b == null || a.isBefore(b) ? a : b;
        }
    }
}
