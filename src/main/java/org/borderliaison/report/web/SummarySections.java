package org.borderliaison.report.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.borderliaison.report.Compared;
import org.borderliaison.report.Summary;

/**
 * Which figure tables of a summary have something to show, and which of them the previous period has records in.
 * A table whose figures are all zero in both periods would print as a bare heading, so it is left out; a table the
 * previous period has no records in says so instead of a change column of "+950" that reads as growth.
 */
public record SummarySections(boolean meetings, boolean agreements, boolean patrols, boolean cases, boolean handovers,
        Set<Table> withPrevious) {

    /** The figure tables, as the templates name them. */
    public enum Table { MEETINGS, AGREEMENTS, PATROLS, CASES, HANDOVERS }

    static SummarySections of(Summary summary) {
        Map<Table, List<Compared>> figures = Map.of(
                Table.MEETINGS, summary.meetings().values().stream().toList(),
                Table.AGREEMENTS, summary.agreements().values().stream().flatMap(f -> Stream.of(f.signed(), f.inForceAtEnd())).toList(),
                Table.PATROLS, summary.patrols().values().stream()
                        .flatMap(f -> Stream.of(f.patrols(), f.ourPersonnel(), f.partnerPersonnel())).toList(),
                Table.CASES, Stream.concat(summary.cases().values().stream().flatMap(f -> Stream.concat(Stream.of(f.cases(), f.subjects(),
                        f.victims()), f.seizures().stream().map(Summary.SeizureFigure::quantity))), Stream.of(summary.publicOrderCases())).toList(),
                Table.HANDOVERS, summary.handovers().values().stream().map(Map::values).flatMap(Collection::stream)
                        .flatMap(f -> Stream.of(f.records(), f.quantity())).toList());
        Set<Table> withPrevious = EnumSet.noneOf(Table.class);
        figures.forEach((table, list) -> {
            if (any(list, figure -> figure.previous().signum() != 0)) {
                withPrevious.add(table);
            }
        });
        Predicate<Compared> shown = figure -> !figure.empty();
        return new SummarySections(any(figures.get(Table.MEETINGS), shown), any(figures.get(Table.AGREEMENTS), shown),
                any(figures.get(Table.PATROLS), shown), any(figures.get(Table.CASES), shown), any(figures.get(Table.HANDOVERS), shown),
                withPrevious);
    }

    /** Whether the previous period has records in the table named (MEETINGS, CASES, ...), so that a change means something. */
    public boolean compared(String table) {
        return withPrevious.contains(Table.valueOf(table));
    }

    private static boolean any(List<Compared> figures, Predicate<Compared> test) {
        return figures.stream().anyMatch(test);
    }
}
