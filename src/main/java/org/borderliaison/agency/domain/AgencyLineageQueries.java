package org.borderliaison.agency.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.borderliaison.agency.AttributionPiece;
import org.borderliaison.shared.DatedAgencies;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code agency_lineage}: which agencies were under an agency when. */
@Repository
public class AgencyLineageQueries {

    private final JdbcTemplate jdbc;

    AgencyLineageQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of the lineage beneath one ancestor: {@code agencyId} under it from {@code from} until {@code until}. */
    private record Beneath(long agencyId, LocalDate from, LocalDate until) {

        boolean covers(LocalDate day) {
            return !from.isAfter(day) && (until == null || until.isAfter(day));
        }
    }

    /**
     * Splits {@code from}..{@code to} where the sub-tree of {@code ourRoot} (or of {@code partnerRoot}) changed, each
     * piece with the agencies under them then. One piece when nothing changed in the period.
     */
    public List<AttributionPiece> pieces(long ourRoot, Long partnerRoot, LocalDate from, LocalDate to) {
        List<Beneath> ours = beneath(ourRoot, from, to);
        List<Beneath> partners = partnerRoot == null ? null : beneath(partnerRoot, from, to);
        TreeSet<LocalDate> starts = new TreeSet<>();
        starts.add(from);
        addChanges(starts, ours, from, to);
        if (partners != null) {
            addChanges(starts, partners, from, to);
        }
        List<AttributionPiece> pieces = new ArrayList<>();
        for (LocalDate start : starts) {
            LocalDate next = starts.higher(start);
            LocalDate end = next == null ? to : next.minusDays(1);
            pieces.add(new AttributionPiece(start, end, on(ours, start), partners == null ? null : on(partners, start)));
        }
        return pieces;
    }

    private List<Beneath> beneath(long ancestorId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select agency_id, valid_from, valid_until from agency_lineage
                where ancestor_id = ? and valid_from <= ? and (valid_until is null or valid_until > ?)
                """, (row, index) -> new Beneath(row.getLong(1), row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class)),
                ancestorId, Date.valueOf(to), Date.valueOf(from));
    }

    private static void addChanges(TreeSet<LocalDate> starts, List<Beneath> rows, LocalDate from, LocalDate to) {
        for (Beneath row : rows) {
            if (row.from().isAfter(from) && !row.from().isAfter(to)) {
                starts.add(row.from());
            }
            if (row.until() != null && row.until().isAfter(from) && !row.until().isAfter(to)) {
                starts.add(row.until());
            }
        }
    }

    private static Set<Long> on(List<Beneath> rows, LocalDate day) {
        Set<Long> ids = new HashSet<>();
        rows.stream().filter(row -> row.covers(day)).forEach(row -> ids.add(row.agencyId()));
        return ids;
    }

    /**
     * The lineage rows beneath the ancestors that differ from today: ended ones and ones beginning after {@code today}.
     * Read through {@code ix_agency_lineage_ancestor_until}; none in the common case.
     */
    public List<DatedAgencies.AgencyPeriod> pastBeneath(Collection<Long> ancestorIds, LocalDate today) {
        if (ancestorIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ancestorIds.size(), "?"));
        List<Object> arguments = new ArrayList<>(ancestorIds);
        arguments.add(Date.valueOf(today));
        return jdbc.query("select agency_id, valid_from, valid_until from agency_lineage where ancestor_id in (" + marks + ")"
                        + " and (valid_until is not null or valid_from > ?)",
                (row, index) -> period(row.getLong(1), row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class)),
                arguments.toArray());
    }

    /** Every agency ever beneath {@code ancestorId} (itself included) with the period it was. */
    public List<DatedAgencies.AgencyPeriod> beneath(long ancestorId) {
        return jdbc.query("select agency_id, valid_from, valid_until from agency_lineage where ancestor_id = ?",
                (row, index) -> period(row.getLong(1), row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class)),
                ancestorId);
    }

    /** A lineage row as a period; the beginning of time is no bound. */
    private static DatedAgencies.AgencyPeriod period(long agencyId, LocalDate from, LocalDate until) {
        return new DatedAgencies.AgencyPeriod(agencyId, from == null || !from.isAfter(LineageRow.BEGINNING) ? null : from, until);
    }
}
