package org.borderliaison.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AttributionPiece;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementTotal;
import org.borderliaison.agreement.Agreements;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.casefile.CaseFiles;
import org.borderliaison.casefile.CaseTotals;
import org.borderliaison.casefile.CaseTotalsQuery;
import org.borderliaison.casefile.CasesInPeriod;
import org.borderliaison.casefile.SeizureItem;
import org.borderliaison.casefile.SeizureUnit;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.handover.HandoverTotal;
import org.borderliaison.handover.Handovers;
import org.borderliaison.handover.HandoversInPeriod;
import org.borderliaison.meeting.MeetingFigures;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.Meetings;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.PatrolTotal;
import org.borderliaison.patrol.Patrols;
import org.borderliaison.patrol.PatrolsInPeriod;
import org.borderliaison.report.Summary.AgencyRef;
import org.borderliaison.report.Summary.AgreementFigures;
import org.borderliaison.report.Summary.CaseFigures;
import org.borderliaison.report.Summary.HandoverFigures;
import org.borderliaison.report.Summary.PatrolFigures;
import org.borderliaison.report.Summary.SeizureFigure;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.ScopeService;
import org.borderliaison.shared.Spread;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Computes the cooperation summary. Each module answers aggregate queries through its API: its totals with its spread
 * over months and partners for the current period, its totals for the previous one (a fixed number of GROUP BYs,
 * whatever the number of records), all at once through {@link SummaryExecutor}; this class only checks the request, pairs the two
 * periods, groups the partners and has the narrative written. No transaction spans the summary: each query has
 * its own, so no connection is held while waiting for the others.
 */
@Service
public class SummaryService {

    private final Agencies agencies;
    private final Meetings meetings;
    private final Agreements agreements;
    private final Patrols patrols;
    private final CaseFiles caseFiles;
    private final Handovers handovers;
    private final SummaryNarrative narrative;
    private final SummaryExecutor executor;
    private final Clock clock;
    private final ScopeService scope;

    SummaryService(Agencies agencies, Meetings meetings, Agreements agreements, Patrols patrols, CaseFiles caseFiles,
            Handovers handovers, SummaryNarrative narrative, SummaryExecutor executor, Clock clock, ScopeService scope) {
        this.scope = scope;
        this.agencies = agencies;
        this.meetings = meetings;
        this.agreements = agreements;
        this.patrols = patrols;
        this.caseFiles = caseFiles;
        this.handovers = handovers;
        this.narrative = narrative;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * The summary asked for. Refusals are {@link BusinessRuleException}s on the query's fields: no agency, an
     * unknown agency or one outside the user's scope ({@code agencyId}), an unknown partner
     * ({@code partnerAgencyId}), a period that ends before it starts ({@code to}).
     */
    @PreAuthorize("hasAnyRole('REPORTER', 'OFFICER', 'VIEWER', 'ADMIN')")
    public Summary summarise(SummaryQuery query) {
        if (query.agencyId() == null) {
            throw new BusinessRuleException("agencyId", "NotNull");
        }
        scope.requireCovered(query.agencyId(), "agencyId");
        AgencyView agency = agencies.find(query.agencyId())
                .orElseThrow(() -> new BusinessRuleException("agencyId", "error.agencyOutOfScope"));
        AgencyView partner = query.partnerAgencyId() == null ? null : agencies.find(query.partnerAgencyId())
                .orElseThrow(() -> new BusinessRuleException("partnerAgencyId", "report.error.partnerUnknown"));
        Period period = period(query.from(), query.to());

        Long partnerId = partner == null ? null : partner.id();
        Period previousPeriod = period.previous();
        // Each period is split where the hierarchy changed, each piece counted with the sub-trees of its time.
        // All the queries start at once; the slowest decides how long the summary takes. For the current period each
        // module answers its totals and its spread together (by kind and by month from one GROUP BY), for the previous
        // one its totals only.
        Country country = query.partnerCountry();
        List<PendingFigures> pendingCurrent = new ArrayList<>();
        List<PendingSpreads> pendingSpreads = new ArrayList<>();
        for (AttributionPiece piece : agencies.attribution(agency.id(), partnerId, period.from(), period.to())) {
            PendingCurrent started = current(piece.ours(), new Period(piece.from(), piece.to()), piece.partners(), country);
            pendingCurrent.add(started.figures());
            pendingSpreads.add(started.spreads());
        }
        List<PendingFigures> pendingPrevious = new ArrayList<>();
        for (AttributionPiece piece : agencies.attribution(agency.id(), partnerId, previousPeriod.from(), previousPeriod.to())) {
            pendingPrevious.add(previousFigures(piece.ours(), new Period(piece.from(), piece.to()), piece.partners(), country));
        }
        Figures current = Figures.over(pendingCurrent.stream().map(PendingFigures::get).toList());
        Figures previous = Figures.over(pendingPrevious.stream().map(PendingFigures::get).toList());
        Spreads spreads = Spreads.over(pendingSpreads.stream().map(PendingSpreads::get).toList());

        // A document about a past period names the agencies as they were called then, today's name beside.
        List<Activity.WithPartner> partners = byPartner(spreads, partner);
        Set<Long> named = new HashSet<>();
        named.add(agency.id());
        if (partner != null) {
            named.add(partner.id());
        }
        partners.forEach(row -> named.add(row.partner().id()));
        Map<Long, AgencyView> then = agencies.findAllNamedOn(named, period.namingDay(LocalDate.now(clock)));
        UnaryOperator<AgencyRef> inPeriod = ref -> ref.calledAs(then.get(ref.id()));
        Summary summary = new Summary(inPeriod.apply(AgencyRef.of(agency)), partner == null ? null : inPeriod.apply(AgencyRef.of(partner)),
                query.partnerCountry(), period, previousPeriod, meetings(current, previous), agreements(current, previous),
                patrols(current, previous), cases(current, previous), publicOrderCases(current, previous),
                handovers(current, previous), byMonth(spreads, period),
                partners.stream().map(row -> new Activity.WithPartner(inPeriod.apply(row.partner()), row.activity())).toList(), null);
        return summary.withNarrative(narrative.write(summary));
    }

    /** The period asked for; a missing bound falls back to the calendar year of the other, both to this year. */
    Period period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return Period.year(LocalDate.now(clock).getYear());
        }
        LocalDate start = from != null ? from : LocalDate.of(to.getYear(), 1, 1);
        LocalDate end = to != null ? to : LocalDate.of(from.getYear(), 12, 31);
        if (end.isBefore(start)) {
            throw new BusinessRuleException("to", "report.error.dateRange");
        }
        return new Period(start, end);
    }

    /**
     * Starts the modules' queries for the current period: each module answers its totals and its spread together (the
     * kinds and the months from one GROUP BY), the agreements their totals.
     */
    private PendingCurrent current(Set<Long> ours, Period period, Set<Long> partners, Country country) {
        CompletableFuture<MeetingFigures> meetingFigures = executor.submit(
                () -> meetings.figures(ours, period.from(), period.to(), partners, country));
        CompletableFuture<PatrolsInPeriod> patrolFigures = executor.submit(
                () -> patrols.inPeriod(ours, period.from(), period.to(), partners, country));
        CompletableFuture<CasesInPeriod> caseFigures = executor.submit(
                () -> caseFiles.inPeriod(new CaseTotalsQuery(ours, period.from(), period.to(), partners, country)));
        CompletableFuture<HandoversInPeriod> handoverFigures = executor.submit(
                () -> handovers.inPeriod(ours, period.from(), period.to(), partners, country));
        return new PendingCurrent(new PendingFigures(meetingFigures.thenApply(MeetingFigures::byKind),
                executor.submit(() -> agreements.totals(ours, period.from(), period.to(), partners, country)),
                patrolFigures.thenApply(PatrolsInPeriod::totals), caseFigures.thenApply(CasesInPeriod::totals),
                handoverFigures.thenApply(HandoversInPeriod::totals)),
                new PendingSpreads(meetingFigures.thenApply(MeetingFigures::spread), patrolFigures.thenApply(PatrolsInPeriod::spread),
                        caseFigures.thenApply(CasesInPeriod::spread), handoverFigures.thenApply(HandoversInPeriod::persons)));
    }

    /** Starts the modules' totals for the previous period; {@link PendingFigures#get} waits for them. */
    private PendingFigures previousFigures(Set<Long> ours, Period period, Set<Long> partners, Country country) {
        return new PendingFigures(
                executor.submit(() -> meetings.countByKind(ours, period.from(), period.to(), partners, country)),
                executor.submit(() -> agreements.totals(ours, period.from(), period.to(), partners, country)),
                executor.submit(() -> patrols.totals(ours, period.from(), period.to(), partners, country)),
                executor.submit(() -> caseFiles.totals(new CaseTotalsQuery(ours, period.from(), period.to(), partners, country))),
                executor.submit(() -> handovers.totals(ours, period.from(), period.to(), partners, country)));
    }

    /** Every month of the period, those without any activity included, so the trend shows the quiet months. */
    private static List<Activity.InMonth> byMonth(Spreads spreads, Period period) {
        List<Activity.InMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to())); month = month.plusMonths(1)) {
            months.add(new Activity.InMonth(month, spreads.in(month)));
        }
        return months;
    }

    /**
     * The partners with some activity, busiest first. Records made with a partner's sub-unit count for the unit
     * one level below the chosen partner (its prefectures, say), or, without a chosen partner, for the top
     * provincial-level agency above them (Guangxi's public security department for a county bureau of Guangxi),
     * so that the split stays readable for a whole ministry.
     */
    private List<Activity.WithPartner> byPartner(Spreads spreads, AgencyView chosenPartner) {
        Set<Long> recorded = spreads.partnerAgencyIds();
        Map<Long, AgencyView> known = new HashMap<>(agencies.findAll(recorded));
        Set<Long> ancestors = new HashSet<>();
        known.values().forEach(view -> ancestors.addAll(pathIds(view)));
        known.putAll(agencies.findAll(ancestors));
        Map<Long, Activity> grouped = new HashMap<>();
        for (long id : recorded) {
            AgencyView view = known.get(id);
            long group = view == null ? id : groupOf(view, chosenPartner, known);
            grouped.merge(group, spreads.with(id), Activity::plus);
        }
        return grouped.entrySet().stream()
                .filter(entry -> known.containsKey(entry.getKey()))
                .map(entry -> new Activity.WithPartner(AgencyRef.of(known.get(entry.getKey())), entry.getValue()))
                .sorted(Comparator.comparingLong((Activity.WithPartner row) -> -total(row.activity()))
                        .thenComparing(row -> row.partner().nameVi()))
                .toList();
    }

    private static long groupOf(AgencyView agency, AgencyView chosenPartner, Map<Long, AgencyView> views) {
        List<Long> path = pathIds(agency);
        if (chosenPartner != null) {
            int index = path.indexOf(chosenPartner.id());
            return index >= 0 && index + 1 < path.size() ? path.get(index + 1) : agency.id();
        }
        for (Long id : path) {
            AgencyView ancestor = views.get(id);
            if (ancestor != null && ancestor.level() == AgencyLevel.PROVINCIAL) {
                return id;
            }
        }
        return agency.id();
    }

    private static List<Long> pathIds(AgencyView agency) {
        return Arrays.stream(agency.path().split("/")).filter(part -> !part.isEmpty()).map(Long::valueOf).toList();
    }

    private static long total(Activity activity) {
        return activity.meetings() + activity.patrols() + activity.cases() + activity.persons();
    }

    private static Map<MeetingKind, Compared> meetings(Figures current, Figures previous) {
        Map<MeetingKind, Compared> result = new EnumMap<>(MeetingKind.class);
        for (MeetingKind kind : MeetingKind.values()) {
            if (!kind.hasPartner()) {
                continue; // a domestic visit is no cooperation: the figures leave it out
            }
            result.put(kind, Compared.of(current.meetings().getOrDefault(kind, 0L), previous.meetings().getOrDefault(kind, 0L)));
        }
        return result;
    }

    private static Map<AgreementKind, AgreementFigures> agreements(Figures current, Figures previous) {
        Map<AgreementKind, AgreementFigures> result = new EnumMap<>(AgreementKind.class);
        for (AgreementKind kind : AgreementKind.values()) {
            AgreementTotal now = agreementTotal(current, kind);
            AgreementTotal before = agreementTotal(previous, kind);
            result.put(kind, new AgreementFigures(Compared.of(now.signed(), before.signed()),
                    Compared.of(now.inForceAtEnd(), before.inForceAtEnd())));
        }
        return result;
    }

    private static AgreementTotal agreementTotal(Figures figures, AgreementKind kind) {
        return figures.agreements().stream().filter(total -> total.kind() == kind).findFirst()
                .orElse(new AgreementTotal(kind, 0, 0));
    }

    private static Map<PatrolKind, PatrolFigures> patrols(Figures current, Figures previous) {
        Map<PatrolKind, PatrolFigures> result = new EnumMap<>(PatrolKind.class);
        for (PatrolKind kind : PatrolKind.values()) {
            PatrolTotal now = patrolTotal(current, kind);
            PatrolTotal before = patrolTotal(previous, kind);
            result.put(kind, new PatrolFigures(Compared.of(now.patrols(), before.patrols()),
                    Compared.of(now.ourPersonnel(), before.ourPersonnel()),
                    Compared.of(now.partnerPersonnel(), before.partnerPersonnel())));
        }
        return result;
    }

    private static PatrolTotal patrolTotal(Figures figures, PatrolKind kind) {
        return figures.patrols().stream().filter(total -> total.kind() == kind).findFirst()
                .orElse(new PatrolTotal(kind, 0, 0, 0));
    }

    private static Map<CaseCategory, CaseFigures> cases(Figures current, Figures previous) {
        Map<CaseCategory, CaseFigures> result = new EnumMap<>(CaseCategory.class);
        for (CaseCategory category : CaseCategory.values()) {
            CaseTotals.CategoryTotal now = categoryTotal(current.cases(), category);
            CaseTotals.CategoryTotal before = categoryTotal(previous.cases(), category);
            result.put(category, new CaseFigures(Compared.of(now.cases(), before.cases()),
                    Compared.of(now.subjects(), before.subjects()), Compared.of(now.victims(), before.victims()),
                    seizures(category, current.cases(), previous.cases())));
        }
        return result;
    }

    private static Compared publicOrderCases(Figures current, Figures previous) {
        return Compared.of(publicOrderCases(current.cases()), publicOrderCases(previous.cases()));
    }

    private static long publicOrderCases(CaseTotals totals) {
        return totals.categories().stream().filter(total -> total.category().publicOrder()).mapToLong(CaseTotals.CategoryTotal::cases).sum();
    }

    private static CaseTotals.CategoryTotal categoryTotal(CaseTotals totals, CaseCategory category) {
        return totals.category(category).orElse(new CaseTotals.CategoryTotal(category, 0, 0, 0));
    }

    /** The items seized in cases of the category in either period, in the order of the items. */
    private static List<SeizureFigure> seizures(CaseCategory category, CaseTotals current, CaseTotals previous) {
        Map<SeizureKey, BigDecimal[]> quantities = new LinkedHashMap<>();
        for (CaseTotals.SeizureTotal total : current.seizures()) {
            if (total.category() == category) {
                quantities.computeIfAbsent(new SeizureKey(total), key -> zeros())[0] = total.quantity();
            }
        }
        for (CaseTotals.SeizureTotal total : previous.seizures()) {
            if (total.category() == category) {
                quantities.computeIfAbsent(new SeizureKey(total), key -> zeros())[1] = total.quantity();
            }
        }
        List<SeizureFigure> result = new ArrayList<>();
        quantities.forEach((key, pair) -> result.add(new SeizureFigure(key.item(), key.unit(), Compared.of(pair[0], pair[1]))));
        result.sort(Comparator.comparing(SeizureFigure::item).thenComparing(SeizureFigure::unit));
        return result;
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static Map<HandoverDirection, Map<HandoverCategory, HandoverFigures>> handovers(Figures current, Figures previous) {
        Map<HandoverDirection, Map<HandoverCategory, HandoverFigures>> result = new EnumMap<>(HandoverDirection.class);
        for (HandoverDirection direction : HandoverDirection.values()) {
            Map<HandoverCategory, HandoverFigures> byCategory = new EnumMap<>(HandoverCategory.class);
            for (HandoverCategory category : HandoverCategory.values()) {
                HandoverTotal now = handoverTotal(current, direction, category);
                HandoverTotal before = handoverTotal(previous, direction, category);
                byCategory.put(category, new HandoverFigures(Compared.of(now.records(), before.records()),
                        Compared.of(now.quantity(), before.quantity())));
            }
            result.put(direction, byCategory);
        }
        return result;
    }

    private static HandoverTotal handoverTotal(Figures figures, HandoverDirection direction, HandoverCategory category) {
        return figures.handovers().stream().filter(total -> total.direction() == direction && total.category() == category)
                .findFirst().orElse(new HandoverTotal(direction, category, 0, 0));
    }

    private record PendingFigures(CompletableFuture<Map<MeetingKind, Long>> meetings,
            CompletableFuture<List<AgreementTotal>> agreements, CompletableFuture<List<PatrolTotal>> patrols,
            CompletableFuture<CaseTotals> cases, CompletableFuture<List<HandoverTotal>> handovers) {

        Figures get() {
            return new Figures(SummaryExecutor.join(meetings), SummaryExecutor.join(agreements), SummaryExecutor.join(patrols),
                    SummaryExecutor.join(cases), SummaryExecutor.join(handovers));
        }
    }

    private record PendingSpreads(CompletableFuture<Spread> meetings, CompletableFuture<Spread> patrols,
            CompletableFuture<Spread> cases, CompletableFuture<Spread> persons) {

        Spreads get() {
            return new Spreads(SummaryExecutor.join(meetings), SummaryExecutor.join(patrols), SummaryExecutor.join(cases),
                    SummaryExecutor.join(persons));
        }
    }

    /** The current period's queries under way: its figures and its breakdowns. */
    private record PendingCurrent(PendingFigures figures, PendingSpreads spreads) {
    }

    /** What the modules answered for one period. */
    private record Figures(Map<MeetingKind, Long> meetings, List<AgreementTotal> agreements, List<PatrolTotal> patrols,
            CaseTotals cases, List<HandoverTotal> handovers) {

        /**
         * The figures of a period from those of its pieces, in date order: sums, except the agreements in force at the
         * period's end, which are the last piece's.
         */
        static Figures over(List<Figures> pieces) {
            if (pieces.size() == 1) {
                return pieces.get(0);
            }
            Map<MeetingKind, Long> meetings = new EnumMap<>(MeetingKind.class);
            Map<AgreementKind, long[]> agreements = new EnumMap<>(AgreementKind.class);
            Map<List<Object>, long[]> handovers = new LinkedHashMap<>();
            for (int i = 0; i < pieces.size(); i++) {
                Figures piece = pieces.get(i);
                boolean last = i == pieces.size() - 1;
                piece.meetings().forEach((kind, count) -> meetings.merge(kind, count, Long::sum));
                piece.agreements().forEach(total -> {
                    long[] sums = agreements.computeIfAbsent(total.kind(), key -> new long[2]);
                    sums[0] += total.signed();
                    if (last) {
                        sums[1] = total.inForceAtEnd();
                    }
                });
                piece.handovers().forEach(total -> {
                    long[] sums = handovers.computeIfAbsent(List.of(total.direction(), total.category()), key -> new long[2]);
                    sums[0] += total.records();
                    sums[1] += total.quantity();
                });
            }
            return new Figures(meetings,
                    agreements.entrySet().stream().map(e -> new AgreementTotal(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
                    PatrolTotal.sum(pieces.stream().map(Figures::patrols).toList()),
                    CaseTotals.sum(pieces.stream().map(Figures::cases).toList()),
                    handovers.entrySet().stream().map(e -> new HandoverTotal((HandoverDirection) e.getKey().get(0),
                            (HandoverCategory) e.getKey().get(1), e.getValue()[0], e.getValue()[1])).toList());
        }
    }

    /** What the modules answered for the breakdowns of the current period. */
    private record Spreads(Spread meetings, Spread patrols, Spread cases, Spread persons) {

        static Spreads over(List<Spreads> pieces) {
            if (pieces.size() == 1) {
                return pieces.get(0);
            }
            return new Spreads(sum(pieces.stream().map(Spreads::meetings).toList()), sum(pieces.stream().map(Spreads::patrols).toList()),
                    sum(pieces.stream().map(Spreads::cases).toList()), sum(pieces.stream().map(Spreads::persons).toList()));
        }

        private static Spread sum(List<Spread> spreads) {
            Map<YearMonth, Long> byMonth = new HashMap<>();
            Map<Long, Long> byPartner = new HashMap<>();
            spreads.forEach(spread -> {
                spread.byMonth().forEach((month, count) -> byMonth.merge(month, count, Long::sum));
                spread.byPartnerAgency().forEach((id, count) -> byPartner.merge(id, count, Long::sum));
            });
            return new Spread(byMonth, byPartner);
        }

        Activity in(YearMonth month) {
            return new Activity(meetings.byMonth().getOrDefault(month, 0L), patrols.byMonth().getOrDefault(month, 0L),
                    cases.byMonth().getOrDefault(month, 0L), persons.byMonth().getOrDefault(month, 0L));
        }

        Activity with(long partnerAgencyId) {
            return new Activity(meetings.byPartnerAgency().getOrDefault(partnerAgencyId, 0L),
                    patrols.byPartnerAgency().getOrDefault(partnerAgencyId, 0L), cases.byPartnerAgency().getOrDefault(partnerAgencyId, 0L),
                    persons.byPartnerAgency().getOrDefault(partnerAgencyId, 0L));
        }

        Set<Long> partnerAgencyIds() {
            Set<Long> ids = new HashSet<>();
            Stream.of(meetings, patrols, cases, persons).forEach(spread -> ids.addAll(spread.byPartnerAgency().keySet()));
            return ids;
        }
    }

    private record SeizureKey(SeizureItem item, SeizureUnit unit) {

        SeizureKey(CaseTotals.SeizureTotal total) {
            this(total.item(), total.unit());
        }
    }
}
