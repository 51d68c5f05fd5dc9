package org.borderliaison.casefile.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.Agreements;
import org.borderliaison.attachment.AttachmentShelf;
import org.borderliaison.attachment.Attachments;
import org.borderliaison.attachment.RecordAttachmentSupport;
import org.borderliaison.audit.HistoryEntry;
import org.borderliaison.audit.RecordHistory;
import org.borderliaison.meeting.Meetings;
import org.borderliaison.patrol.Patrols;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.DatedAgencies;
import org.borderliaison.shared.ListPage;
import org.borderliaison.shared.ListQueries;
import org.borderliaison.shared.NotFoundException;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SearchText;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases: the rules and the scope, once, for pages and API alike. A user sees the cases in which an agency of
 * their sub-tree takes part (lead or partner; administrators and central accounts see all); officers and
 * administrators record and edit cases led by an agency of their sub-tree. Cases are never deleted: other
 * records (patrols, handovers) point at them, and a case ends by being closed.
 */
@Service
@Transactional(readOnly = true)
public class CaseFileService extends RecordAttachmentSupport<CaseFile, CaseFileAttachment, CaseFileAttachmentContent> {

    /** CaseFile attachments: /cases/{id}/attachments, refusals coded case.error.attachment*. */
    private static final AttachmentShelf ATTACHMENTS = new AttachmentShelf("case", "cases", "case-attachment");

    static final String WRITERS = "hasAnyRole('OFFICER','ADMIN')";

    private final CaseFileRepository repository;
    private final Agencies agencies;
    private final Patrols patrols;
    private final Meetings meetings;
    private final Agreements agreements;
    private final RecordHistory history;
    private final ListQueries lists;
    private final Clock clock;

    CaseFileService(CaseFileRepository repository, Agencies agencies, Patrols patrols, Meetings meetings,
            Agreements agreements, RecordHistory history, ListQueries lists, Clock clock,
            CaseFileAttachmentContentRepository attachmentContents, Attachments attachmentRules) {
        super(ATTACHMENTS, attachmentRules, attachmentContents, CaseFileAttachmentContent::new);
        this.repository = repository;
        this.lists = lists;
        this.agencies = agencies;
        this.patrols = patrols;
        this.meetings = meetings;
        this.agreements = agreements;
        this.history = history;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ListPage<CaseFile> search(CaseFilter filter, Pageable pageable) {
        // "With its sub-units" by the day the case was opened; an unknown agency matches nothing.
        DatedAgencies leads = filter.leadAgencyId() == null ? null : agencies.subTreeOverTime(filter.leadAgencyId());
        Optional<DatedAgencies> visible = agencies.visible();
        boolean searched = filter.q() != null && !filter.q().isBlank();
        // Counted from the agencies' rows when the list asks nothing else of a case.
        boolean alone = !searched && filter.category() == null && filter.status() == null && filter.partnerCountry() == null
                && filter.openedFrom() == null && filter.openedTo() == null
                && (filter.partnerAgencyId() == null ? 0 : 1) + (leads == null ? 0 : 1) + (visible.isPresent() ? 1 : 0) == 1;
        // A text (a reference such as "BM-12") is rare: its trigram index finds the few cases sooner than the agencies' rows
        // or the date index.
        if (searched) {
            return lists.searchPage(CaseFile.class, CaseSpecifications.matching(filter, leads, visible),
                    CaseSpecifications.text(filter.q()), pageable);
        }
        return lists.page(CaseFile.class, CaseSpecifications.matching(filter, leads, visible), through(filter, leads, visible, alone),
                false, pageable);
    }

    /**
     * The agencies every case of the list belongs to, the narrowest first: the partner filter's (its links), the lead
     * agency's sub-tree, else the reader's scope (the lead agency or a partner's link); null for the ministry without
     * either filter (every case).
     */
    private static ListQueries.Through through(CaseFilter filter, DatedAgencies leads, Optional<DatedAgencies> visible,
            boolean alone) {
        List<ListQueries.Link> partnerLinks = List.of(new ListQueries.Link(CasePartnerLink.class, "agencyId"));
        if (filter.partnerAgencyId() != null) {
            return new ListQueries.Through(DatedAgencies.always(List.of(filter.partnerAgencyId())), "openedOn", List.of(), partnerLinks,
                    alone);
        }
        if (leads != null) {
            return new ListQueries.Through(leads, "openedOn", List.of("leadAgencyId"), alone);
        }
        return visible.map(scope -> new ListQueries.Through(scope, "openedOn", List.of("leadAgencyId"), partnerLinks, alone))
                .orElse(null);
    }

    /** The visible cases opened from the patrol {@code patrolId}, latest first. */
    public List<CaseFile> fromPatrol(long patrolId) {
        return linkedTo("patrolIds", patrolId);
    }

    /** The visible cases discussed at the meeting {@code meetingId}, latest first. */
    public List<CaseFile> discussedAt(long meetingId) {
        return linkedTo("meetingIds", meetingId);
    }

    /** The visible cases that have the agreement {@code agreementId} as their legal basis, latest first. */
    public List<CaseFile> basedOnAgreement(long agreementId) {
        return linkedTo("agreementIds", agreementId);
    }

    private List<CaseFile> linkedTo(String links, long id) {
        // Most records have no case linked: asked alone, the link answers from its index, and the scope's conditions are
        // built and sent only when there is something to filter.
        if (!repository.exists(CaseSpecifications.linkedTo(links, id))) {
            return List.of();
        }
        return repository.findAll(CaseSpecifications.matching(CaseFilter.none(), null, agencies.visible())
                .and(CaseSpecifications.linkedTo(links, id)), Sort.by(Sort.Order.desc("openedOn"), Sort.Order.desc("id")));
    }

    /**
     * The case with its partners, status steps and seizures loaded, if the current user may see it; otherwise (or
     * when there is none) a not-found.
     */
    public CaseFile get(long id) {
        CaseFile caseFile = find(id).orElseThrow(() -> new NotFoundException("CaseFile", id));
        caseFile.loadDetails();
        return caseFile;
    }

    public Optional<CaseFile> find(long id) {
        return repository.findById(id).filter(this::visible);
    }

    public List<HistoryEntry> history(long id) {
        get(id);
        return history.of(CaseFile.class, id);
    }

    /** Whether the current user may edit the case (the detail page shows the edit button only then). */
    public boolean editable(CaseFile caseFile) {
        // Editing follows seeing (ScopeService): the lead agency in scope on the opening day or today.
        return agencies.inScope(caseFile.getLeadAgencyId(), caseFile.getOpenedOn());
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public CaseFile create(CaseCommand command) {
        CaseContent content = content(command, null);
        LocalDate statusDate = command.statusDate() != null ? command.statusDate() : command.openedOn();
        CaseFile created = new CaseFile(content, command.status(), statusDate, note(command.statusNote()), today());
        created.link(links(command, new CaseLinks(Set.of(), Set.of(), Set.of())));
        return repository.saveAndFlush(created);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public CaseFile update(long id, Long expectedVersion, CaseCommand command) {
        CaseFile caseFile = get(id);
        caseFile.checkVersion(expectedVersion);
        if (!editable(caseFile)) {
            throw new BusinessRuleException("leadAgencyId", "case.error.leadOutOfScope");
        }
        caseFile.describe(content(command, id), today());
        caseFile.changeStatus(command.status(), command.statusDate() != null ? command.statusDate() : today(),
                note(command.statusNote()), today());
        caseFile.link(links(command, caseFile.links()));
        return repository.saveAndFlush(caseFile);
    }

    private boolean visible(CaseFile caseFile) {
        return agencies.visible()
                .map(scope -> scope.covers(caseFile.getLeadAgencyId(), caseFile.getOpenedOn())
                        || caseFile.getPartners().stream().anyMatch(partner -> scope.covers(partner.getAgencyId(), caseFile.getOpenedOn())))
                .orElse(true);
    }

    /** Checks the command against the agencies and the references, and converts the seizures. */
    private CaseContent content(CaseCommand command, Long id) {
        String reference = SearchText.nfc(command.ourReference());
        if (reference == null || reference.isEmpty()) {
            throw new BusinessRuleException("ourReference", "NotBlank");
        }
        boolean taken = id == null ? repository.existsByOurReferenceIgnoreCase(reference)
                : repository.existsByOurReferenceIgnoreCaseAndIdNot(reference, id);
        if (taken) {
            throw new BusinessRuleException("ourReference", "case.error.referenceTaken", reference);
        }
        if (command.category() == null) {
            throw new BusinessRuleException("category", "NotNull");
        }
        if (command.openedOn() == null) {
            throw new BusinessRuleException("openedOn", "NotNull");
        }
        if (command.status() == null) {
            throw new BusinessRuleException("status", "NotNull");
        }
        if (command.subjects() < 0) {
            throw new BusinessRuleException("subjects", "case.error.negativeCount");
        }
        if (command.victims() < 0) {
            throw new BusinessRuleException("victims", "case.error.negativeCount");
        }
        return new CaseContent(command.category(), reference, blankToNull(command.partnerReference()), command.openedOn(),
                lead(command.leadAgencyId(), command.openedOn()), partners(command.partnerAgencyIds()), command.subjects(), command.victims(),
                blankToNull(command.summary()), seizures(command.seizures()));
    }

    private long lead(Long leadAgencyId, LocalDate openedOn) {
        if (leadAgencyId == null) {
            throw new BusinessRuleException("leadAgencyId", "NotNull");
        }
        AgencyView lead = agencies.find(leadAgencyId)
                .orElseThrow(() -> new BusinessRuleException("leadAgencyId", "case.error.unknownAgency"));
        if (lead.country() != Country.VN) {
            throw new BusinessRuleException("leadAgencyId", "case.error.leadNotOurs");
        }
        if (!agencies.inScope(lead.id(), openedOn)) {
            throw new BusinessRuleException("leadAgencyId", "case.error.leadOutOfScope");
        }
        return lead.id();
    }

    private List<CasePartner> partners(List<Long> ids) {
        if (ids.isEmpty()) {
            throw new BusinessRuleException("partners", "case.error.noPartner");
        }
        Map<Long, AgencyView> found = agencies.findAll(ids.stream().filter(Objects::nonNull).toList());
        Set<Long> seen = new HashSet<>();
        List<CasePartner> partners = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "partners[" + i + "].agencyId";
            Long id = ids.get(i);
            if (id == null) {
                throw new BusinessRuleException(field, "NotNull");
            }
            AgencyView partner = found.get(id);
            if (partner == null) {
                throw new BusinessRuleException(field, "case.error.unknownAgency");
            }
            if (!partner.country().isForeign()) {
                throw new BusinessRuleException(field, "case.error.partnerNotForeign");
            }
            if (!seen.add(id)) {
                throw new BusinessRuleException(field, "case.error.duplicatePartner");
            }
            partners.add(new CasePartner(id, partner.country()));
        }
        return partners;
    }

    /**
     * The links the command asks for. A record newly linked must be one the user may see (an unknown one and one
     * out of scope are refused alike, so the refusal does not tell whether it exists); links already on the case
     * stay even when the editor cannot see the record (a colleague of a wider scope made them).
     */
    private CaseLinks links(CaseCommand command, CaseLinks current) {
        Set<Long> patrolIds = command.patrolIds() == null ? current.patrolIds()
                : checked(command.patrolIds(), current.patrolIds(), "patrols", ids -> patrols.findAll(ids).keySet());
        Set<Long> meetingIds = command.meetingIds() == null ? current.meetingIds()
                : checked(command.meetingIds(), current.meetingIds(), "meetings", ids -> meetings.findAll(ids).keySet());
        Set<Long> agreementIds = command.agreementIds() == null ? current.agreementIds()
                : checked(command.agreementIds(), current.agreementIds(), "agreements", ids -> agreements.findAll(ids).keySet());
        return new CaseLinks(patrolIds, meetingIds, agreementIds);
    }

    private static Set<Long> checked(List<Long> wanted, Set<Long> current, String list,
            Function<Set<Long>, Set<Long>> visibleAmong) {
        Set<Long> added = wanted.stream().filter(id -> id != null && !current.contains(id)).collect(Collectors.toSet());
        Set<Long> visible = added.isEmpty() ? Set.of() : visibleAmong.apply(added);
        Set<Long> links = new LinkedHashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            String field = list + "[" + i + "].id";
            Long id = wanted.get(i);
            if (id == null) {
                throw new BusinessRuleException(field, "NotNull");
            }
            if (!current.contains(id) && !visible.contains(id)) {
                throw new BusinessRuleException(field, "case.error.linkNotFound", id);
            }
            if (!links.add(id)) {
                throw new BusinessRuleException(field, "case.error.duplicateLink");
            }
        }
        return links;
    }

    private static List<Seizure> seizures(List<CaseCommand.SeizureLine> lines) {
        List<Seizure> seizures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            CaseCommand.SeizureLine line = lines.get(i);
            String prefix = "seizures[" + i + "].";
            if (line.item() == null) {
                throw new BusinessRuleException(prefix + "item", "NotNull");
            }
            if (line.quantity() == null) {
                throw new BusinessRuleException(prefix + "quantity", "NotNull");
            }
            if (line.unit() == null) {
                throw new BusinessRuleException(prefix + "unit", "NotNull");
            }
            seizures.add(Seizure.of(line.item(), line.quantity(), line.unit(), blankToNull(line.description()), prefix));
        }
        return seizures;
    }

    private static String note(String note) {
        return blankToNull(note);
    }

    private static String blankToNull(String text) {
        String normalised = SearchText.nfc(text);
        return normalised == null || normalised.isEmpty() ? null : normalised;
    }

    // ---- attachments (module attachment keeps them; which case is seen and who may change its files is the case's)

    @Override
    protected CaseFile attachmentsRecord(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("CaseFile", id));
    }

    @Override
    protected boolean mayChangeAttachments(CaseFile record) {
        return CurrentUser.get().map(user -> user.hasRole(Role.OFFICER) || user.hasRole(Role.ADMIN)).orElse(false) && editable(record);
    }
}
