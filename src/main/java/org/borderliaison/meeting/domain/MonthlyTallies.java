package org.borderliaison.meeting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.StaleVersionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly tally grid (nhập số liệu theo tháng): letters and hotline contacts are recorded as one meeting per agency of
 * ours, partner agency, kind and month, running from the first to the last day of the month with the count of contacts.
 * The grid reads those tallies for one agency and month, and saves a whole month at once: each row with a count creates
 * or updates its tally, a row whose count was emptied (blank or 0) cancels its tally (records are cancelled, not deleted,
 * once saved), and a bad row or a tally changed since the grid was read refuses the whole save.
 */
@Service
@Transactional(readOnly = true)
public class MonthlyTallies {

    /** The kinds recorded as monthly tallies. */
    public static final Set<MeetingKind> KINDS = EnumSet.of(MeetingKind.LETTER_EXCHANGE, MeetingKind.HOTLINE_CONTACT);

    /** More contacts with one partner in a month than any agency has; guards against a typing slip of a few zeros. */
    public static final int MAX_COUNT = 100_000;

    /** The reason recorded when the caller gives none (the API). */
    static final String DEFAULT_CANCEL_REASON = "Số liệu được xóa trong bảng nhập theo tháng";

    private static final YearMonth EARLIEST = YearMonth.of(1900, 1);
    private static final YearMonth LATEST = YearMonth.of(2100, 12);

    private final MeetingRepository meetings;
    private final MeetingService service;
    private final Agencies agencies;

    MonthlyTallies(MeetingRepository meetings, MeetingService service, Agencies agencies) {
        this.meetings = meetings;
        this.service = service;
        this.agencies = agencies;
    }

    /** The grid of {@code agencyId} (an agency of ours in the user's scope) for the month and kind. */
    public TallyGrid grid(Long agencyId, YearMonth month, MeetingKind kind) {
        AgencyView agency = checkHeading(agencyId, month, kind);
        return grid(agency, month, kind, tallies(agency.id(), month, kind));
    }

    /**
     * Saves the month's rows in one transaction: every row is checked before anything is written, and a refusal (with the
     * field of its row) or a stale tally leaves the month as it was. {@code cancelReason} is the reason recorded on a
     * tally whose count was emptied, in the user's language.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TallyEntry.Outcome save(TallyEntry entry, String cancelReason) {
        AgencyView agency = checkHeading(entry.agencyId(), entry.month(), entry.kind());
        Map<Long, Meeting> current = tallies(agency.id(), entry.month(), entry.kind());
        Map<Long, AgencyView> partners = agencies.findAll(entry.rows().stream().filter(Objects::nonNull)
                .map(TallyEntry.Row::partnerAgencyId).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Integer> filled = check(entry.rows(), partners, current);

        int created = 0;
        int updated = 0;
        int cancelled = 0;
        for (int i : filled) {
            TallyEntry.Row row = entry.rows().get(i);
            Meeting tally = current.get(row.partnerAgencyId());
            int count = row.count() == null ? 0 : row.count();
            if (count == 0) {
                if (tally != null) {
                    tally.cancel(cancelReason == null || cancelReason.isBlank() ? DEFAULT_CANCEL_REASON : cancelReason);
                    cancelled++;
                }
            } else if (tally == null) {
                create(agency, partners.get(row.partnerAgencyId()), entry.month(), entry.kind(), count, i);
                created++;
            } else if (tally.getCount() != count) {
                tally.recount(count);
                updated++;
            }
        }
        meetings.flush();
        return new TallyEntry.Outcome(created, updated, cancelled, grid(agency, entry.month(), entry.kind(),
                tallies(agency.id(), entry.month(), entry.kind())));
    }

    /**
     * Checks every row; answers the indexes of the rows to act on (rows without partner and count are left out: the empty
     * "add a partner" row). A row shown with a tally that has changed since, or without one that has appeared since, is
     * stale.
     */
    private static List<Integer> check(List<TallyEntry.Row> rows, Map<Long, AgencyView> partners, Map<Long, Meeting> current) {
        List<Integer> filled = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            TallyEntry.Row row = rows.get(i);
            String field = "rows[" + i + "]";
            if (row == null || row.partnerAgencyId() == null) {
                if (row != null && row.count() != null && row.count() != 0) {
                    throw new BusinessRuleException(field + ".partnerAgencyId", "meeting.error.required");
                }
                continue;
            }
            AgencyView partner = partners.get(row.partnerAgencyId());
            if (partner == null) {
                throw new BusinessRuleException(field + ".partnerAgencyId", "meeting.error.unknownAgency");
            }
            if (partner.country() == Country.VN) {
                throw new BusinessRuleException(field + ".partnerAgencyId", "meeting.error.notForeign", partner.nameVi());
            }
            if (!seen.add(partner.id())) {
                throw new BusinessRuleException(field + ".partnerAgencyId", "meeting.error.duplicateAgency", partner.nameVi());
            }
            if (row.count() != null && row.count() < 0) {
                throw new BusinessRuleException(field + ".count", "meeting.error.negative");
            }
            if (row.count() != null && row.count() > MAX_COUNT) {
                throw new BusinessRuleException(field + ".count", "tally.error.tooLarge", MAX_COUNT);
            }
            Meeting tally = current.get(partner.id());
            boolean unchanged = row.meetingId() == null ? tally == null
                    : tally != null && tally.getId().equals(row.meetingId()) && Objects.equals(row.version(), tally.getVersion());
            if (!unchanged) {
                throw new StaleVersionException("Meeting", row.meetingId() == null ? "new tally " + field : row.meetingId());
            }
            filled.add(i);
        }
        return filled;
    }

    private void create(AgencyView agency, AgencyView partner, YearMonth month, MeetingKind kind, int count, int index) {
        MeetingDetails details = new MeetingDetails(kind, title(kind, partner, month), month.atDay(1), month.atEndOfMonth(), Country.VN,
                null, null, agency.id(), List.of(agency.id()), List.of(partner.id()), List.of(), null, null, Set.of(), null, count,
                List.of(), List.of(), null);
        try {
            service.create(details);
        } catch (BusinessRuleException refusal) {
            // Checked above already; should a rule of meetings still refuse, it belongs on the row.
            String field = refusal.field() != null && refusal.field().startsWith("partnerAgencyIds") ? "partnerAgencyId" : "count";
            throw new BusinessRuleException("rows[" + index + "]." + field, refusal.messageKey(), refusal.arguments());
        }
    }

    /** The title the demo tallies carry: "Trao đổi thư, công hàm với Sở Công an tỉnh Vân Nam, tháng 5/2024". */
    static String title(MeetingKind kind, AgencyView partner, YearMonth month) {
        String what = kind == MeetingKind.LETTER_EXCHANGE ? "Trao đổi thư, công hàm" : "Liên lạc đường dây nóng";
        String prefix = what + " với ";
        String suffix = ", tháng " + month.getMonthValue() + "/" + month.getYear();
        String name = partner.nameVi();
        int room = MAX_TITLE_LENGTH - prefix.length() - suffix.length();
        return prefix + (name.length() <= room ? name : name.substring(0, room - 1) + "…") + suffix;
    }

    /** The title column's length (V20__meetings.sql): an agency's name may take up to as much on its own. */
    private static final int MAX_TITLE_LENGTH = 300;

    private AgencyView checkHeading(Long agencyId, YearMonth month, MeetingKind kind) {
        if (agencyId == null) {
            throw new BusinessRuleException("agencyId", "meeting.error.required");
        }
        if (month == null) {
            throw new BusinessRuleException("month", "meeting.error.required");
        }
        if (month.isBefore(EARLIEST) || month.isAfter(LATEST)) {
            throw new BusinessRuleException("month", "tally.error.month");
        }
        if (kind == null) {
            throw new BusinessRuleException("kind", "meeting.error.required");
        }
        if (!KINDS.contains(kind)) {
            throw new BusinessRuleException("kind", "tally.error.kind");
        }
        AgencyView agency = agencies.find(agencyId).orElseThrow(() -> new BusinessRuleException("agencyId", "meeting.error.unknownAgency"));
        if (agency.country() != Country.VN) {
            throw new BusinessRuleException("agencyId", "meeting.error.notVietnamese", agency.nameVi());
        }
        if (!agencies.inScope(agency.id())) {
            throw new BusinessRuleException("agencyId", "tally.error.outOfScope");
        }
        return agency;
    }

    /**
     * The month's recorded tallies of the agency by partner: meetings of the kind over exactly the month with the agency
     * alone on our side and one partner. Should two exist for one partner (entered by hand), the grid shows the first.
     */
    private Map<Long, Meeting> tallies(long agencyId, YearMonth month, MeetingKind kind) {
        LocalDate first = month.atDay(1);
        Map<Long, Meeting> byPartner = new LinkedHashMap<>();
        for (Meeting meeting : meetings.periodTallies(agencyId, kind, first, month.atEndOfMonth())) {
            List<Long> ours = meeting.agencyIds(Side.OUR);
            List<Long> theirs = meeting.agencyIds(Side.PARTNER);
            if (ours.size() == 1 && theirs.size() == 1) {
                byPartner.putIfAbsent(theirs.get(0), meeting);
            }
        }
        return byPartner;
    }

    /** Partners of the agency's partnerships first, in their order, then the other partners with a tally, by name. */
    private TallyGrid grid(AgencyView agency, YearMonth month, MeetingKind kind, Map<Long, Meeting> tallies) {
        Map<Long, AgencyView> partners = new LinkedHashMap<>();
        agencies.partnersOf(agency.id()).forEach(partner -> partners.putIfAbsent(partner.id(), partner));
        agencies.findAll(tallies.keySet().stream().filter(id -> !partners.containsKey(id)).toList()).values().stream()
                .sorted(Comparator.comparing(AgencyView::nameVi)).forEach(partner -> partners.put(partner.id(), partner));
        List<TallyGrid.Row> rows = partners.values().stream().map(partner -> {
            Meeting tally = tallies.get(partner.id());
            return tally == null ? new TallyGrid.Row(partner, null, null, null)
                    : new TallyGrid.Row(partner, tally.getId(), tally.getVersion(), tally.getCount());
        }).toList();
        return new TallyGrid(agency, month, kind, rows);
    }
}
