package org.borderliaison.report.web;

import java.util.Collection;
import java.util.stream.Stream;
import org.borderliaison.report.Compared;
import org.borderliaison.report.Summary;

/**
 * Which figure tables of a summary have something to show: a table whose figures are all zero in both periods
 * would print as a bare heading, so the page and the PDF leave it out.
 */
public record SummarySections(boolean meetings, boolean agreements, boolean patrols, boolean cases, boolean handovers) {

    static SummarySections of(Summary summary) {
        return new SummarySections(
                any(summary.meetings().values().stream()),
                any(summary.agreements().values().stream().flatMap(f -> Stream.of(f.signed(), f.inForceAtEnd()))),
                any(summary.patrols().values().stream().flatMap(f -> Stream.of(f.patrols(), f.ourPersonnel(), f.partnerPersonnel()))),
                any(summary.cases().values().stream().flatMap(f -> Stream.concat(Stream.of(f.cases(), f.subjects(), f.victims()),
                        f.seizures().stream().map(Summary.SeizureFigure::quantity)))),
                any(summary.handovers().values().stream().map(java.util.Map::values).flatMap(Collection::stream)
                        .flatMap(f -> Stream.of(f.records(), f.quantity()))));
    }

    private static boolean any(Stream<Compared> figures) {
        return figures.anyMatch(figure -> !figure.empty());
    }
}
