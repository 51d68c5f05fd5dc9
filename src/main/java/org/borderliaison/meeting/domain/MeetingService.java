package org.borderliaison.meeting.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.AgreementDraft;
import org.borderliaison.agreement.AgreementSignatory;
import org.borderliaison.agreement.AgreementSummary;
import org.borderliaison.agreement.Agreements;
import org.borderliaison.attachment.AttachmentShelf;
import org.borderliaison.attachment.Attachments;
import org.borderliaison.attachment.RecordAttachmentSupport;
import org.borderliaison.meeting.MeetingFigures;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.DatedAgencies;
import org.borderliaison.shared.ListCursor;
import org.borderliaison.shared.ListPage;
import org.borderliaison.shared.ListWindow;
import org.borderliaison.shared.ListQueries;
import org.borderliaison.shared.NotFoundException;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SearchText;
import org.borderliaison.shared.Spread;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.borderliaison.meeting.MeetingReference;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every rule about meetings, and the scope: a meeting is visible to a user when one of its agencies lies
 * in the user's sub-tree (administrators and central accounts see all); officers record and change
 * meetings in which one of our agencies lies in their sub-tree. Pages and API both call this class.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService extends RecordAttachmentSupport<Meeting, MeetingAttachment, MeetingAttachmentContent> {

    /** Meeting attachments: /meetings/{id}/attachments, refusals coded meeting.error.attachment*. */
    private static final AttachmentShelf ATTACHMENTS = new AttachmentShelf("meeting", "meetings", "meeting-attachment");

    /** Open follow-ups due within this many days, or overdue, are flagged on the dashboard. */
    public static final int FOLLOW_UP_WARNING_DAYS = 14;

    private final MeetingRepository meetings;
    private final Agencies agencies;
    private final Agreements agreements;
    private final EntityManager entityManager;
    private final ListQueries lists;
    private final MeetingsThroughLinks throughLinks;
    private final DueFollowUpQueries dueFollowUps;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, Agencies agencies, Agreements agreements, EntityManager entityManager, ListQueries lists,
            Clock clock,
            MeetingAttachmentContentRepository attachmentContents, Attachments attachmentRules) {
        super(ATTACHMENTS, attachmentRules, attachmentContents, MeetingAttachmentContent::new);
        this.lists = lists;
        this.meetings = meetings;
        this.agencies = agencies;
        this.agreements = agreements;
        this.entityManager = entityManager;
        this.throughLinks = new MeetingsThroughLinks(entityManager);
        this.dueFollowUps = new DueFollowUpQueries(entityManager);
        this.clock = clock;
    }

    // ---- reading

    /**
     * A page of the meetings the user may see that match the filter: the columns the list shows (not the
     * outcome or the search text), a count bounded as {@link ListPage} says and only when the page is full, and the
     * agencies of the page in one more query; their names in one more.
     */
    public ListPage<MeetingSummary> list(MeetingFilter filter, Pageable pageable) {
        Optional<DatedAgencies> visible = agencies.visible();
        Specification<Meeting> matching = MeetingSpecifications.matching(filter, visible);
        Optional<MeetingsThroughLinks.Agencies> restriction = MeetingsThroughLinks.restriction(filter, visible);
        List<MeetingRow> rows = restriction
                .flatMap(agencies -> throughLinks.page(agencies, matching, pageable,
                        (candidates, order, limit) -> rows(candidates, PageRequest.of(0, limit, order)),
                        (cursor, order) -> (root, query, cb) -> cursor.beyond(root, cb, order).orElseThrow()))
                .orElseGet(() -> rows(matching, pageable));
        Map<Long, List<Object[]>> links = new HashMap<>();
        if (!rows.isEmpty()) {
            meetings.agenciesOf(rows.stream().map(MeetingRow::id).toList())
                    .forEach(row -> links.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(row));
        }
        Map<Long, AgencyView> names = agencies.findAll(links.values().stream().flatMap(List::stream).map(row -> (Long) row[1])
                .collect(Collectors.toSet()));
        List<MeetingSummary> content = rows.stream().map(row -> {
            List<Object[]> agenciesOfRow = links.getOrDefault(row.id(), List.of());
            return new MeetingSummary(row.id(), row.kind(), row.title(), row.startDate(), row.endDate(), row.placeCountry(),
                    row.locality(), side(agenciesOfRow, Side.OUR, names), side(agenciesOfRow, Side.PARTNER, names), row.count(),
                    row.status());
        }).toList();
        // Only the date sort is keyset-paged (ListCursor.keyOf), so the cursor is the start date.
        boolean searched = filter.q() != null && !filter.q().isBlank();
        return ListPage.countingSearch(content, pageable, searched,
                        (skip, limit) -> rowsAfter(restriction, rows, pageable, matching, searched, skip, limit))
                .withCursors(row -> new ListCursor(row.startDate(), row.id()));
    }

    /**
     * How many meetings match past the page {@code rows}, counting no further than {@code limit}: from the links alone
     * past its last row when they tell (a page by date of a few agencies: MeetingsThroughLinks.countAfter); for a text
     * search of a few agencies, from the meetings of the links after that row
     * ({@link MeetingsThroughLinks#countMatchingAfter}); otherwise from the meetings after the first {@code skip}.
     */
    private long rowsAfter(Optional<MeetingsThroughLinks.Agencies> restriction, List<MeetingRow> rows, Pageable pageable,
            Specification<Meeting> matching, boolean searched, long skip, int limit) {
        Optional<Sort.Order> byDate = ListCursor.keyOf(pageable.getSort()).filter(order -> order.getProperty().equals("startDate"));
        if (restriction.isPresent() && byDate.isPresent() && !rows.isEmpty()) {
            MeetingRow last = rows.get(rows.size() - 1);
            ListCursor after = new ListCursor(last.startDate(), last.id());
            OptionalLong counted = throughLinks.countAfter(restriction.get(), after, byDate.get(), limit);
            if (counted.isPresent()) {
                return counted.getAsLong();
            }
            if (searched) {
                counted = throughLinks.countMatchingAfter(restriction.get(), after, byDate.get(), limit,
                        (candidates, order, most) -> ids(candidates, order, most));
                if (counted.isPresent()) {
                    return counted.getAsLong();
                }
            }
        }
        return lists.rowsAfter(Meeting.class, matching, skip, limit);
    }

    /** The ids of the meetings matching, in {@code order}, at most {@code limit} (a count through the links). */
    private List<Long> ids(Specification<Meeting> matching, Sort order, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Meeting> root = query.from(Meeting.class);
        query.select(root.get("id")).where(matching.toPredicate(root, query, cb)).orderBy(QueryUtils.toOrders(order, root, cb));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    /** The list's columns of the page {@code pageable} of the meetings matching, by its cursor when it has one. */
    private List<MeetingRow> rows(Specification<Meeting> matching, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<MeetingRow> query = cb.createQuery(MeetingRow.class);
        Root<Meeting> root = query.from(Meeting.class);
        ListWindow window = ListWindow.of(root, cb, pageable);
        query.select(cb.construct(MeetingRow.class, root.get("id"), root.get("kind"), root.get("title"), root.get("startDate"),
                        root.get("endDate"), root.get("placeCountry"), root.get("locality"), root.get("count"), root.get("status")))
                .where(window.where(cb, matching.toPredicate(root, query, cb)))
                .orderBy(QueryUtils.toOrders(window.sort(), root, cb));
        return window.arrange(entityManager.createQuery(query).setFirstResult(window.offset())
                .setMaxResults(pageable.getPageSize()).getResultList());
    }

    private static List<AgencyView> side(List<Object[]> rows, Side side, Map<Long, AgencyView> names) {
        return rows.stream().filter(row -> row[2] == side).map(row -> names.get((Long) row[1])).filter(Objects::nonNull)
                .sorted(Comparator.comparing(AgencyView::nameVi)).toList();
    }

    /**
     * The visible meetings matching {@code q} (blank: any) and, unless {@code ids} is null, among {@code ids}: at
     * most {@code limit}, latest first, as other modules name them. One query of the four columns.
     */
    public List<MeetingReference> references(String q, Collection<Long> ids, int limit) {
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        MeetingFilter filter = new MeetingFilter(null, null, null, null, null, null, null, null, q);
        Specification<Meeting> matching = MeetingSpecifications.matching(filter, agencies.visible());
        if (ids != null) {
            matching = matching.and((root, query, cb) -> root.get("id").in(ids));
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<MeetingReference> query = cb.createQuery(MeetingReference.class);
        Root<Meeting> root = query.from(Meeting.class);
        query.select(cb.construct(MeetingReference.class, root.get("id"), root.get("kind"), root.get("title"), root.get("startDate")))
                .where(matching.toPredicate(root, query, cb))
                .orderBy(cb.desc(root.get("startDate")), cb.desc(root.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    /** One meeting; one the user may not see is as missing as one that does not exist. */
    public MeetingView get(long id) {
        return view(visible(id));
    }

    /**
     * Sums of {@code count} per kind over the recorded cooperation meetings (domestic visits left out) the user may
     * see that match the filter: one GROUP BY in the database (the yearly summary's figures).
     */
    public Map<MeetingKind, Long> countByKind(MeetingFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Meeting> root = query.from(Meeting.class);
        query.multiselect(root.get("kind"), cb.sumAsLong(root.get("count")))
                .where(MeetingSpecifications.cooperation(filter.withStatus(MeetingStatus.RECORDED), agencies.visible())
                        .toPredicate(root, query, cb))
                .groupBy(root.get("kind"));
        Map<MeetingKind, Long> sums = new EnumMap<>(MeetingKind.class);
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            sums.put(row.get(0, MeetingKind.class), row.get(1, Long.class));
        }
        return sums;
    }

    /**
     * {@link #countByKind} together with the same sums spread over months and over the partner agencies taking part
     * (only those of the filter's partners when it names some), for the summary's current period: two GROUP BYs. The
     * kinds and the months come from one GROUP BY (kind, month), because each of them reads every meeting of
     * the period: for the ministry over ten years, a quarter of a million. A meeting with two partners counts once
     * for each.
     */
    public MeetingFigures figures(MeetingFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        Specification<Meeting> matching = MeetingSpecifications.cooperation(filter.withStatus(MeetingStatus.RECORDED),
                agencies.visible());

        CriteriaQuery<Tuple> monthly = cb.createTupleQuery();
        Root<Meeting> meeting = monthly.from(Meeting.class);
        monthly.multiselect(meeting.get("kind"), meeting.get("startMonth"), cb.sumAsLong(meeting.get("count")))
                .where(matching.toPredicate(meeting, monthly, cb))
                .groupBy(meeting.get("kind"), meeting.get("startMonth"));
        Map<MeetingKind, Long> byKind = new EnumMap<>(MeetingKind.class);
        Map<YearMonth, Long> byMonth = new HashMap<>();
        for (Tuple row : entityManager.createQuery(monthly).getResultList()) {
            long sum = row.get(2, Long.class);
            byKind.merge(row.get(0, MeetingKind.class), sum, Long::sum);
            byMonth.merge(Spread.month(row.get(1)), sum, Long::sum);
        }

        CriteriaQuery<Tuple> perPartner = cb.createTupleQuery();
        Root<Meeting> withPartner = perPartner.from(Meeting.class);
        Join<Meeting, MeetingAgency> partner = withPartner.join("agencies");
        List<Predicate> partnerRows = new ArrayList<>(List.of(matching.toPredicate(withPartner, perPartner, cb),
                cb.equal(partner.get("side"), Side.PARTNER), MeetingSpecifications.linkDated(partner, cb, filter)));
        if (filter.partnerAgencyIds() != null) {
            partnerRows.add(partner.get("agencyId").in(filter.partnerAgencyIds().isEmpty() ? Set.of(-1L) : filter.partnerAgencyIds()));
        }
        if (filter.partnerCountry() != null) {
            partnerRows.add(cb.equal(partner.get("country"), filter.partnerCountry()));
        }
        perPartner.multiselect(partner.get("agencyId"), cb.sumAsLong(withPartner.get("count")))
                .where(partnerRows.toArray(Predicate[]::new))
                .groupBy(partner.get("agencyId"));
        Map<Long, Long> byPartner = new HashMap<>();
        for (Tuple row : entityManager.createQuery(perPartner).getResultList()) {
            byPartner.put(row.get(0, Long.class), row.get(1, Long.class));
        }
        return new MeetingFigures(byKind, new Spread(byMonth, byPartner));
    }

    /** Open follow-ups of visible, recorded meetings due within {@value #FOLLOW_UP_WARNING_DAYS} days or overdue, soonest first. */
    public List<DueFollowUp> dueFollowUps(int max) {
        return dueFollowUps(PageRequest.of(0, max)).getContent();
    }

    /** Page {@code pageable} of the due follow-ups ({@link #dueFollowUps(int)}), uncounted: the export reads them by pages. */
    public Page<DueFollowUp> dueFollowUps(Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        List<DueFollowUpRow> rows = dueFollowUps.page(today.plusDays(FOLLOW_UP_WARNING_DAYS), agencies.visible(), pageable);
        Map<Long, AgencyView> owners = agencies.findAll(rows.stream().map(DueFollowUpRow::ownerAgencyId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return new PageImpl<>(rows.stream().map(row -> new DueFollowUp(row.meetingId(), row.meetingVersion(), row.kind(), row.title(),
                row.meetingDate(), row.index(), row.what(), row.ownerAgencyId() == null ? null : owners.get(row.ownerAgencyId()),
                row.dueDate(), row.dueDate().isBefore(today))).toList(), pageable, pageable.getOffset() + rows.size());
    }

    public long countDueFollowUps() {
        return dueFollowUps.count(LocalDate.now(clock).plusDays(FOLLOW_UP_WARNING_DAYS), agencies.visible());
    }

    /** The visible meetings at which agreement {@code agreementId} was signed or reviewed, newest first. */
    public List<AgreementMeeting> withAgreement(long agreementId) {
        Optional<DatedAgencies> visible = agencies.visible();
        List<AgreementMeeting> found = meetings.withAgreement(agreementId, visible.isEmpty(),
                visible.map(DatedAgencies::ids).orElse(Set.of(-1L)));
        if (visible.isEmpty() || visible.get().undated() || found.isEmpty()) {
            return found;
        }
        // Scope over time: the query took every agency the scope ever holds; the meeting's date decides.
        Map<Long, List<Long>> agenciesOf = new HashMap<>();
        meetings.agenciesOf(found.stream().map(AgreementMeeting::id).toList())
                .forEach(row -> agenciesOf.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Long) row[1]));
        return found.stream().filter(meeting -> visible.get().coversAny(agenciesOf.getOrDefault(meeting.id(), List.of()),
                meeting.startDate())).toList();
    }

    // ---- changing

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public MeetingView create(MeetingDetails details) {
        Meeting meeting = new Meeting();
        apply(meeting, details);
        return view(meetings.saveAndFlush(meeting));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public MeetingView update(long id, long version, MeetingDetails details) {
        Meeting meeting = toChange(id, version);
        meeting.requireRecorded();
        apply(meeting, details);
        return view(meetings.saveAndFlush(meeting));
    }

    /** Cancels a meeting that did not take place or was recorded by mistake; the record and its history stay. */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public MeetingView cancel(long id, long version, String reason) {
        Meeting meeting = toChange(id, version);
        meeting.cancel(reason);
        return view(meetings.saveAndFlush(meeting));
    }

    /** Marks the follow-up in place {@code index} done (or reopens or cancels it): a change of the meeting. */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public MeetingView setFollowUpStatus(long id, long version, int index, FollowUpStatus status) {
        if (status == null) {
            throw new BusinessRuleException("status", "meeting.error.required");
        }
        Meeting meeting = toChange(id, version);
        meeting.requireRecorded();
        meeting.setFollowUpStatus(index, status);
        return view(meetings.saveAndFlush(meeting));
    }

    /**
     * Deletes a meeting for good (administrators, for records that should never have existed). A meeting
     * that another record points at is refused: the foreign keys decide, at the flush inside this method.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        Meeting meeting = visible(id);
        meetings.delete(meeting);
        try {
            meetings.flush();
        } catch (DataIntegrityViolationException referenced) {
            throw BusinessRuleException.global("meeting.error.referenced");
        }
    }

    // ---- rules

    private Meeting visible(long id) {
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new NotFoundException("Meeting", id));
        Optional<DatedAgencies> visible = agencies.visible();
        if (visible.isPresent() && !visible.get().coversAny(meeting.agencyIds(), meeting.getStartDate())) {
            throw new NotFoundException("Meeting", id);
        }
        return meeting;
    }

    /** Whether the current user may change the meeting: an officer or administrator with one of our agencies in scope. */
    private boolean editable(Meeting meeting, Optional<DatedAgencies> visible) {
        boolean mayWrite = CurrentUser.get().map(user -> user.hasRole(Role.OFFICER) || user.hasRole(Role.ADMIN)).orElse(false);
        // Editing follows seeing (ScopeService): one of our agencies in scope on the meeting's date or today.
        return mayWrite && visible.map(scope -> scope.coversAny(meeting.agencyIds(Side.OUR), meeting.getStartDate())).orElse(true);
    }

    /** The meeting to change: visible (else 404), at the version the user saw (else 409), and the user's to change. */
    private Meeting toChange(long id, long version) {
        Meeting meeting = visible(id);
        meeting.checkVersion(version);
        if (!editable(meeting, agencies.visible())) {
            throw new AccessDeniedException("meeting " + id + " is outside the user's editing scope");
        }
        return meeting;
    }

    /** Checks what needs the agency module (agencies exist, sit on the right side, lie in scope), then applies. */
    private void apply(Meeting meeting, MeetingDetails details) {
        requireComplete(details);
        Map<Long, AgencyView> found = agencies.findAll(details.agencyIds());
        Set<MeetingAgency> resolved = new LinkedHashSet<>();
        resolve(details.ourAgencyIds(), "ourAgencyIds", Side.OUR, found, resolved);
        resolve(details.partnerAgencyIds(), "partnerAgencyIds", Side.PARTNER, found, resolved);
        Optional<DatedAgencies> visible = agencies.visible();
        if (visible.isPresent() && !visible.get().coversAny(details.ourAgencyIds(), details.startDate())) {
            throw new BusinessRuleException("ourAgencyIds", "meeting.error.outOfScope");
        }
        if (details.borderGateId() != null && agencies.findBorderGate(details.borderGateId()).isEmpty()) {
            throw new BusinessRuleException("borderGateId", "meeting.error.unknownBorderGate");
        }
        for (int i = 0; i < details.followUps().size(); i++) {
            Long owner = details.followUps().get(i).ownerAgencyId();
            if (owner != null && !found.containsKey(owner)) {
                throw new BusinessRuleException("followUps[" + i + "].ownerAgencyId", "meeting.error.unknownAgency");
            }
        }
        meeting.apply(details, resolved, searchText(details, resolved, found));
        List<AgreementLink> links = agreementLinks(meeting, details.agreements());
        if (details.newAgreement() != null) {
            links.add(new AgreementLink(createAgreement(details), AgreementRelation.SIGNED));
        }
        meeting.linkAgreements(links);
    }

    /**
     * The agreements the details link, each one the user may see and named once; links the meeting already
     * has to agreements the user may not see (a partner's other sub-tree) are kept as they are, after them.
     */
    private List<AgreementLink> agreementLinks(Meeting meeting, List<MeetingDetails.AgreementRef> refs) {
        Map<Long, AgreementSummary> found = agreements.findAll(Stream.concat(
                refs.stream().filter(Objects::nonNull).map(MeetingDetails.AgreementRef::agreementId),
                meeting.getAgreements().stream().map(AgreementLink::getAgreementId)).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<AgreementLink> links = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            String row = "agreements[" + i + "]";
            MeetingDetails.AgreementRef ref = refs.get(i);
            require(ref, row);
            require(ref.agreementId(), row + ".agreementId");
            require(ref.relation(), row + ".relation");
            if (!found.containsKey(ref.agreementId())) {
                throw new BusinessRuleException(row + ".agreementId", "meeting.error.unknownAgreement");
            }
            if (!seen.add(ref.agreementId())) {
                throw new BusinessRuleException(row + ".agreementId", "meeting.error.duplicateAgreement",
                        found.get(ref.agreementId()).title());
            }
            links.add(new AgreementLink(ref.agreementId(), ref.relation()));
        }
        meeting.getAgreements().stream().filter(link -> !found.containsKey(link.getAgreementId()) && seen.add(link.getAgreementId()))
                .forEach(links::add);
        return links;
    }

    /**
     * Creates the agreement signed at the meeting, in this transaction: its parties are the meeting's
     * agencies, its signatories the heads of delegation (each for the first agency of their side), signed on
     * the meeting's date at its locality, about its topics. A refusal names the field of {@code newAgreement}.
     */
    private long createAgreement(MeetingDetails details) {
        MeetingDetails.NewAgreement draft = details.newAgreement();
        List<Long> parties = Stream.concat(details.ourAgencyIds().stream(), details.partnerAgencyIds().stream()).toList();
        List<AgreementSignatory> signatories = details.heads().stream()
                .filter(head -> !(head.side() == Side.OUR ? details.ourAgencyIds() : details.partnerAgencyIds()).isEmpty())
                .map(head -> new AgreementSignatory(head.name(), head.rank(), head.title(),
                        (head.side() == Side.OUR ? details.ourAgencyIds() : details.partnerAgencyIds()).get(0)))
                .toList();
        try {
            return agreements.create(new AgreementDraft(draft.title(), draft.kind(), draft.reference(), details.startDate(),
                    details.locality(), parties, signatories, details.topics(), draft.validFrom(), draft.validTo()));
        } catch (BusinessRuleException refusal) {
            throw new BusinessRuleException(newAgreementField(refusal.field()), refusal.messageKey(), refusal.arguments());
        }
    }

    /** Where on {@code newAgreement} a refusal of the draft belongs; what the meeting itself supplies goes on the section. */
    private static String newAgreementField(String draftField) {
        if (draftField == null) {
            return "newAgreement";
        }
        String field = draftField.replaceFirst("[\\[.].*$", "");
        return switch (field) {
            case "titleVi" -> "newAgreement.title";
            case "referenceNumber" -> "newAgreement.reference";
            case "kind", "validFrom", "validTo", "parties", "signatories" -> "newAgreement." + field;
            default -> "newAgreement";
        };
    }

    /** What must be there whatever the agencies: the API may send what the form's fields never would. */
    private static void requireComplete(MeetingDetails details) {
        require(details.kind(), "kind");
        require(details.startDate(), "startDate");
        require(details.placeCountry(), "placeCountry");
        require(details.hostAgencyId(), "hostAgencyId");
        if (details.ourAgencyIds().isEmpty()) {
            throw new BusinessRuleException("ourAgencyIds", "meeting.error.noOurAgency");
        }
        if (details.kind().hasPartner() && details.partnerAgencyIds().isEmpty()) {
            throw new BusinessRuleException("partnerAgencyIds", "meeting.error.noPartnerAgency");
        }
        if (!details.kind().hasPartner() && !details.partnerAgencyIds().isEmpty()) {
            throw new BusinessRuleException("partnerAgencyIds", "meeting.error.domesticWithPartner");
        }
        for (int i = 0; i < details.heads().size(); i++) {
            MeetingDetails.Head head = details.heads().get(i);
            require(head, "heads[" + i + "]");
            require(head.side(), "heads[" + i + "].side");
            if (MeetingText.clean(head.name()) == null) {
                throw new BusinessRuleException("heads[" + i + "].name", "meeting.error.required");
            }
        }
        for (int i = 0; i < details.followUps().size(); i++) {
            MeetingDetails.FollowUp followUp = details.followUps().get(i);
            require(followUp, "followUps[" + i + "]");
            if (MeetingText.clean(followUp.what()) == null) {
                throw new BusinessRuleException("followUps[" + i + "].what", "meeting.error.required");
            }
            require(followUp.dueDate(), "followUps[" + i + "].dueDate");
        }
        if (negative(details.ourParticipants())) {
            throw new BusinessRuleException("ourParticipants", "meeting.error.negative");
        }
        if (negative(details.partnerParticipants())) {
            throw new BusinessRuleException("partnerParticipants", "meeting.error.negative");
        }
    }

    private static void resolve(List<Long> ids, String field, Side side, Map<Long, AgencyView> found, Set<MeetingAgency> resolved) {
        Set<Long> seen = new HashSet<>(resolved.stream().map(MeetingAgency::getAgencyId).toList());
        for (int i = 0; i < ids.size(); i++) {
            String row = field + "[" + i + "]";
            Long id = ids.get(i);
            if (id == null) {
                throw new BusinessRuleException(row, "meeting.error.required");
            }
            AgencyView agency = found.get(id);
            if (agency == null) {
                throw new BusinessRuleException(row, "meeting.error.unknownAgency");
            }
            if (side == Side.OUR && agency.country() != Country.VN) {
                throw new BusinessRuleException(row, "meeting.error.notVietnamese", agency.nameVi());
            }
            if (side == Side.PARTNER && agency.country() == Country.VN) {
                throw new BusinessRuleException(row, "meeting.error.notForeign", agency.nameVi());
            }
            if (!seen.add(id)) {
                throw new BusinessRuleException(row, "meeting.error.duplicateAgency", agency.nameVi());
            }
            resolved.add(new MeetingAgency(id, side, agency.country()));
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new BusinessRuleException(field, "meeting.error.required");
        }
    }

    private static boolean negative(Integer value) {
        return value != null && value < 0;
    }

    /** Title, place, outcome, people, follow-ups and every name form of the agencies, folded for search. */
    private static String searchText(MeetingDetails details, Set<MeetingAgency> resolved, Map<Long, AgencyView> found) {
        List<String> parts = new ArrayList<>(List.of(Objects.toString(details.title(), ""), Objects.toString(details.locality(), ""),
                Objects.toString(details.outcome(), "")));
        details.heads().forEach(head -> parts.addAll(Stream.of(head.rank(), head.name(), head.title()).filter(Objects::nonNull).toList()));
        details.followUps().forEach(followUp -> parts.add(Objects.toString(followUp.what(), "")));
        resolved.forEach(link -> {
            AgencyView agency = found.get(link.getAgencyId());
            parts.addAll(Stream.of(agency.code(), agency.nameVi(), agency.nameEn(), agency.nameNative()).filter(Objects::nonNull).toList());
        });
        return SearchText.of(parts.toArray(String[]::new));
    }

    // ---- views

    private MeetingView view(Meeting meeting) {
        Set<Long> ids = new HashSet<>();
        meeting.getAgencies().forEach(link -> ids.add(link.getAgencyId()));
        ids.add(meeting.getHostAgencyId());
        meeting.getFollowUps().stream().map(FollowUpAction::getOwnerAgencyId).filter(Objects::nonNull).forEach(ids::add);
        Map<Long, AgencyView> found = agencies.findAll(ids);
        LocalDate today = LocalDate.now(clock);
        List<MeetingView.FollowUpView> followUps = new ArrayList<>();
        for (int i = 0; i < meeting.getFollowUps().size(); i++) {
            FollowUpAction action = meeting.getFollowUps().get(i);
            boolean open = action.getStatus() == FollowUpStatus.OPEN && meeting.getStatus() == MeetingStatus.RECORDED;
            boolean due = open && action.getDueDate() != null && !action.getDueDate().isAfter(today.plusDays(FOLLOW_UP_WARNING_DAYS));
            followUps.add(new MeetingView.FollowUpView(i, action.getWhat(),
                    action.getOwnerAgencyId() == null ? null : found.get(action.getOwnerAgencyId()), action.getDueDate(),
                    action.getStatus(), due, due && action.getDueDate().isBefore(today)));
        }
        return new MeetingView(meeting.getId(), meeting.getVersion(), meeting.getKind(), meeting.getTitle(), meeting.getStartDate(),
                meeting.getEndDate(), meeting.getPlaceCountry(), meeting.getLocality(),
                meeting.getBorderGateId() == null ? null : agencies.findBorderGate(meeting.getBorderGateId()).orElse(null),
                found.get(meeting.getHostAgencyId()), names(meeting.agencyIds(Side.OUR), found),
                names(meeting.agencyIds(Side.PARTNER), found), List.copyOf(meeting.getHeads()), meeting.getOurParticipants(),
                meeting.getPartnerParticipants(), meeting.getTopics().stream().sorted().toList(), meeting.getOutcome(),
                meeting.getCount(), followUps, meeting.getStatus(), meeting.getCancelReason(), meeting.getCreatedBy(),
                meeting.getCreatedAt(), meeting.getUpdatedBy(), meeting.getUpdatedAt(),
                meeting.getStatus() == MeetingStatus.RECORDED && editable(meeting, agencies.visible()),
                linkedAgreements(meeting));
    }

    /** The meeting's agreements the user may see, in the order recorded. */
    private List<MeetingView.LinkedAgreement> linkedAgreements(Meeting meeting) {
        if (meeting.getAgreements().isEmpty()) {
            return List.of();
        }
        Map<Long, AgreementSummary> found = agreements.findAll(meeting.getAgreements().stream().map(AgreementLink::getAgreementId).toList());
        return meeting.getAgreements().stream().filter(link -> found.containsKey(link.getAgreementId()))
                .map(link -> new MeetingView.LinkedAgreement(found.get(link.getAgreementId()), link.getRelation())).toList();
    }

    private static List<AgencyView> names(Collection<Long> ids, Map<Long, AgencyView> found) {
        return ids.stream().map(found::get).filter(Objects::nonNull).sorted(Comparator.comparing(AgencyView::nameVi)).toList();
    }

    // ---- attachments (module attachment keeps them; which meeting is seen and who may change its files is the meeting's)

    @Override
    protected Meeting attachmentsRecord(long id) {
        return visible(id);
    }

    @Override
    protected boolean mayChangeAttachments(Meeting record) {
        return record.getStatus() == MeetingStatus.RECORDED && editable(record, agencies.visible());
    }

    /** A cancelled meeting's files are closed with its own message, before the scope's 403. */
    @Override
    protected void requireAttachmentsChangeable(Meeting record, long id) {
        record.requireRecorded();
        super.requireAttachmentsChangeable(record, id);
    }
}
