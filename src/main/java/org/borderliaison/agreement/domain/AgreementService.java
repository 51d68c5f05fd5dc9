package org.borderliaison.agreement.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.AgreementSignatory;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.agreement.AgreementSummary;
import org.borderliaison.agreement.AgreementTotal;
import org.borderliaison.attachment.AttachmentShelf;
import org.borderliaison.attachment.Attachments;
import org.borderliaison.attachment.RecordAttachmentSupport;
import org.borderliaison.audit.HistoryEntry;
import org.borderliaison.audit.RecordHistory;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.DatedAgencies;
import org.borderliaison.shared.ListPage;
import org.borderliaison.shared.NotFoundException;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SearchText;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every rule about agreements, and the scope rule, in one place: pages, the API and other modules call
 * these methods. An agreement is visible to a user when one of its parties lies in the user's sub-tree
 * (administrators and central accounts see all); an invisible one does not exist for them (404).
 * Officers and administrators write agreements in which one of our agencies in their sub-tree takes part.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService extends RecordAttachmentSupport<CooperationAgreement, AgreementAttachment, AttachmentContent> {

    /** How far ahead the expiry list looks. */
    public static final int EXPIRY_HORIZON_DAYS = 90;

    private static final String WRITERS = "hasAnyRole('OFFICER','ADMIN')";

    /** Agreement attachments: /agreements/{id}/attachments, refusals coded agreement.error.attachment*. */
    static final AttachmentShelf SHELF = new AttachmentShelf("agreement", "agreements", "agreement-attachment");

    private final AgreementRepository agreements;
    private final Agencies agencies;
    private final RecordHistory history;
    private final Attachments attachmentRules;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, AttachmentContentRepository contents, Agencies agencies,
            RecordHistory history, Attachments attachmentRules, Clock clock) {
        super(SHELF, attachmentRules, contents, AttachmentContent::new);
        this.agreements = agreements;
        this.agencies = agencies;
        this.history = history;
        this.attachmentRules = attachmentRules;
        this.clock = clock;
    }

    // ---- reading

    public ListPage<AgreementRow> search(AgreementFilter filter, Pageable pageable) {
        DatedAgencies visible = visibleAgencyIds();
        DatedAgencies partners = filter.partnerAgencyId() == null ? null : agencies.subTreeOverTime(filter.partnerAgencyId());
        DatedAgencies ours = filter.ourAgencyId() == null ? null : agencies.subTreeOverTime(filter.ourAgencyId());
        ListPage<AgreementRowData> page = agreements.search(filter, visible, partners, ours, today(), pageable);
        return page.withContent(withParties(page.getContent()));
    }

    public AgreementDetail detail(long id) {
        CooperationAgreement agreement = visible(id);
        LocalDate today = today();
        Set<Long> agencyIds = new HashSet<>();
        agreement.getParties().forEach(party -> agencyIds.add(party.getAgencyId()));
        Map<Long, AgencyView> named = agencies.findAll(agencyIds);
        DatedAgencies visible = visibleAgencyIds();
        AgreementSummary replaces = agreement.getReplaces() == null || !isVisible(agreement.getReplaces(), visible) ? null
                : agreement.getReplaces().toSummary(today);
        List<AgreementSummary> replacedBy = agreements.successorsOf(id).stream().filter(later -> isVisible(later, visible))
                .map(later -> later.toSummary(today)).toList();
        AgreementStatus status = agreement.effectiveStatus(today);
        boolean writer = isWriter();
        boolean open = agreement.getStatus() != AgreementStatus.WITHDRAWN;
        return new AgreementDetail(agreement.getId(), agreement.getVersion(), agreement.getTitleVi(), agreement.getTitlePartner(),
                agreement.getKind(), agreement.getReferenceNumber(), status, agreement.getStatus(), agreement.getSignedOn(),
                agreement.getSigningPlace(), agreement.getValidFrom(), agreement.getValidTo(), agreement.getSummary(),
                agreement.getStatusReason(), agreement.getTerminatedOn(),
                agreement.getParties().stream().map(party -> named.get(party.getAgencyId())).filter(Objects::nonNull).toList(),
                agreement.getSignatories().stream().map(signatory -> new AgreementDetail.SignatoryView(signatory.getFullName(),
                        signatory.getRank(), signatory.getTitle(), named.get(signatory.getAgencyId()))).toList(),
                agreement.getFields(), replaces, replacedBy,
                agreement.getAttachments().stream().map(file -> new AgreementDetail.AttachmentView(file.getId(), file.getFileName(),
                        file.getContentType(), file.getSizeBytes(), file.getUploadedBy(), file.getUploadedAt())).toList(),
                agreement.getCreatedBy(), agreement.getCreatedAt(), agreement.getUpdatedBy(), agreement.getUpdatedAt(),
                new AgreementDetail.Permissions(writer && open, writer && open,
                        writer && agreement.getStatus() == AgreementStatus.DRAFT, writer && status == AgreementStatus.IN_FORCE,
                        CurrentUser.get().map(user -> user.hasRole(Role.ADMIN)).orElse(false)));
    }

    /** The command that writes this agreement's current content, to fill an edit form. */
    public AgreementCommand commandOf(long id) {
        CooperationAgreement agreement = visible(id);
        return new AgreementCommand(agreement.getTitleVi(), agreement.getTitlePartner(), agreement.getKind(),
                agreement.getReferenceNumber(), agreement.getStatus(), agreement.getSignedOn(), agreement.getSigningPlace(),
                agreement.getValidFrom(), agreement.getValidTo(),
                agreement.getParties().stream().map(AgreementParty::getAgencyId).toList(),
                agreement.getSignatories().stream().map(Signatory::toView).toList(), agreement.getFields(),
                agreement.getReplaces() == null ? null : agreement.getReplaces().getId(), agreement.getSummary());
    }

    public List<HistoryEntry> history(long id) {
        visible(id);
        return history.of(CooperationAgreement.class, id);
    }

    public Optional<AgreementSummary> findSummary(long id) {
        return agreements.findById(id).filter(agreement -> isVisible(agreement, visibleAgencyIds()))
                .map(agreement -> agreement.toSummary(today()));
    }

    /** The visible agreements among {@code ids}, by id. */
    public Map<Long, AgreementSummary> summaries(Collection<Long> ids) {
        LocalDate today = today();
        Map<Long, AgreementSummary> found = new LinkedHashMap<>();
        agreements.rows(ids.stream().filter(Objects::nonNull).collect(Collectors.toSet()), visibleAgencyIds())
                .forEach(row -> found.put(row.id(), summary(row, today)));
        return found;
    }

    /** Visible agreements matching a few typed words, newest first: what a picker offers. */
    public List<AgreementSummary> pick(String q, int limit) {
        AgreementFilter filter = new AgreementFilter(null, null, null, null, null, null, null, null, q);
        LocalDate today = today();
        return agreements.search(filter, visibleAgencyIds(), null, null, today, Pageable.ofSize(limit)).getContent().stream()
                .map(row -> summary(row, today)).toList();
    }

    /**
     * Agreements in force, in the user's scope, ending within {@value #EXPIRY_HORIZON_DAYS} days or already
     * ended, that no signed agreement renews or replaces: the ones to act on.
     */
    public List<AgreementTotal> totals(Set<Long> ourAgencyIds, LocalDate from, LocalDate to, Set<Long> partnerAgencyIds,
            Country partnerCountry) {
        return agreements.totals(ourAgencyIds, from, to, partnerAgencyIds, partnerCountry, visibleAgencyIds());
    }

    public List<AgreementRow> expiring(int limit) {
        return withParties(agreements.expiring(visibleAgencyIds(), expiryHorizon(), limit));
    }

    public long countExpiring() {
        return agreements.countExpiring(visibleAgencyIds(), expiryHorizon());
    }

    public long maxAttachmentBytes() {
        return attachmentRules.maxBytes();
    }

    // ---- writing

    @Transactional
    @PreAuthorize(WRITERS)
    public long create(AgreementCommand command) {
        CooperationAgreement agreement = new CooperationAgreement(resolve(command, null));
        return agreements.saveAndFlush(agreement).getId();
    }

    /** Writes a new content over the version the user saw; an older version is refused as stale. */
    @Transactional
    @PreAuthorize(WRITERS)
    public long update(long id, Long version, AgreementCommand command) {
        CooperationAgreement agreement = visible(id);
        agreement.checkVersion(version);
        agreement.update(resolve(command, agreement));
        return agreements.saveAndFlush(agreement).getVersion();
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public void withdraw(long id, Long version, String reason) {
        CooperationAgreement agreement = visible(id);
        agreement.checkVersion(version);
        agreement.withdraw(requireReason(reason));
        agreements.saveAndFlush(agreement);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public void terminate(long id, Long version, LocalDate on, String reason) {
        CooperationAgreement agreement = visible(id);
        agreement.checkVersion(version);
        if (on == null) {
            throw new BusinessRuleException("terminatedOn", "agreement.error.terminationDateRequired");
        }
        agreement.terminate(on, requireReason(reason), today());
        agreements.saveAndFlush(agreement);
    }

    /**
     * Removes an agreement for good (administrators). Refused while anything references it: another
     * agreement's "replaces" here, and meetings, cases or handovers through their foreign keys.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        CooperationAgreement agreement = visible(id);
        List<CooperationAgreement> successors = agreements.successorsOf(id);
        if (!successors.isEmpty()) {
            throw BusinessRuleException.global("agreement.error.replacedBy", successors.get(0).getTitleVi());
        }
        try {
            agreements.delete(agreement);
            agreements.flush();
        } catch (DataIntegrityViolationException referenced) {
            throw BusinessRuleException.global("agreement.error.referenced");
        }
    }

    /** Keeps a file (PDF or image, recognised by its first bytes) with the agreement; returns the attachment's id. */
    @Transactional
    @PreAuthorize(WRITERS)
    public long attach(long id, String fileName, byte[] data) {
        return addAttachment(id, fileName, data).id();
    }

    /** Writers may add and remove files while the agreement is not withdrawn (as they may edit it). */
    @Override
    protected boolean mayChangeAttachments(CooperationAgreement agreement) {
        return isWriter() && agreement.getStatus() != AgreementStatus.WITHDRAWN;
    }

    /** A withdrawn agreement's files are closed with its own message. */
    @Override
    protected void requireAttachmentsChangeable(CooperationAgreement agreement, long id) {
        if (agreement.getStatus() == AgreementStatus.WITHDRAWN) {
            throw BusinessRuleException.global("agreement.error.withdrawnIsClosed");
        }
        super.requireAttachmentsChangeable(agreement, id);
    }

    @Override
    protected CooperationAgreement attachmentsRecord(long id) {
        return visible(id);
    }

    // ---- rules that need the agency module and the scope

    /**
     * Resolves the agencies and the replaced agreement of a command and checks the rules that need them:
     * two or more known, distinct parties from both sides, one of ours in the user's scope, signatories
     * named and signing for a party, a replaced agreement the user may see.
     */
    private AgreementContent resolve(AgreementCommand command, CooperationAgreement own) {
        String titleVi = text(command.titleVi(), 500, "titleVi");
        if (titleVi == null) {
            throw new BusinessRuleException("titleVi", "agreement.error.titleRequired");
        }
        if (command.kind() == null) {
            throw new BusinessRuleException("kind", "agreement.error.kindRequired");
        }
        List<AgreementParty> parties = parties(command.partyAgencyIds(), command.signedOn());
        List<Signatory> signatories = new ArrayList<>();
        for (int i = 0; i < command.signatories().size(); i++) {
            AgreementSignatory signatory = command.signatories().get(i);
            String row = "signatories[" + i + "].";
            String name = text(signatory.name(), 200, row + "name");
            if (name == null) {
                throw new BusinessRuleException(row + "name", "agreement.error.signatoryName");
            }
            if (signatory.agencyId() == null) {
                throw new BusinessRuleException(row + "agencyId", "agreement.error.signatoryAgency");
            }
            signatories.add(new Signatory(name, text(signatory.rank(), 100, row + "rank"), text(signatory.title(), 300, row + "title"),
                    signatory.agencyId()));
        }
        CooperationAgreement replaces = null;
        if (command.replacesId() != null) {
            if (own != null && command.replacesId().equals(own.getId())) {
                throw new BusinessRuleException("replacesId", "agreement.error.replacesItself");
            }
            replaces = agreements.findById(command.replacesId()).filter(found -> isVisible(found, visibleAgencyIds()))
                    .orElseThrow(() -> new BusinessRuleException("replacesId", "agreement.error.unknownReplaced"));
        }
        return new AgreementContent(titleVi, text(command.titlePartner(), 500, "titlePartner"), command.kind(),
                text(command.referenceNumber(), 100, "referenceNumber"), command.status(), command.signedOn(),
                text(command.signingPlace(), 300, "signingPlace"), command.validFrom(), command.validTo(), parties, signatories,
                command.fields(), replaces, text(command.summary(), 4000, "summary"));
    }

    private List<AgreementParty> parties(List<Long> agencyIds, LocalDate signedOn) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < agencyIds.size(); i++) {
            Long agencyId = agencyIds.get(i);
            if (agencyId == null) {
                throw new BusinessRuleException("parties[" + i + "].agencyId", "agreement.error.partyMissing");
            }
            if (!seen.add(agencyId)) {
                throw new BusinessRuleException("parties[" + i + "].agencyId", "agreement.error.duplicateParty");
            }
        }
        Map<Long, AgencyView> known = agencies.findAll(seen);
        List<AgreementParty> parties = new ArrayList<>();
        for (int i = 0; i < agencyIds.size(); i++) {
            AgencyView agency = known.get(agencyIds.get(i));
            if (agency == null) {
                throw new BusinessRuleException("parties[" + i + "].agencyId", "agreement.error.unknownAgency");
            }
            parties.add(new AgreementParty(agency.id(), agency.country()));
        }
        if (parties.size() < 2) {
            throw new BusinessRuleException("parties", "agreement.error.tooFewParties");
        }
        if (parties.stream().noneMatch(AgreementParty::isVietnamese)) {
            throw new BusinessRuleException("parties", "agreement.error.noVietnameseParty");
        }
        if (parties.stream().allMatch(AgreementParty::isVietnamese)) {
            throw new BusinessRuleException("parties", "agreement.error.noForeignParty");
        }
        if (parties.stream().filter(AgreementParty::isVietnamese).noneMatch(party -> agencies.inScope(party.getAgencyId(), signedOn))) {
            throw new BusinessRuleException("parties", "agreement.error.noPartyInScope");
        }
        return parties;
    }

    private static String requireReason(String reason) {
        String clean = text(reason, 1000, "reason");
        if (clean == null) {
            throw new BusinessRuleException("reason", "agreement.error.reasonRequired");
        }
        return clean;
    }

    /** The agreement if the user may see it; otherwise it does not exist for them. */
    private CooperationAgreement visible(long id) {
        return agreements.findById(id).filter(agreement -> isVisible(agreement, visibleAgencyIds()))
                .orElseThrow(() -> new NotFoundException("CooperationAgreement", id));
    }

    /** Scope over time (ScopeService): a party in scope on the signing day (a draft without one: today). */
    private static boolean isVisible(CooperationAgreement agreement, DatedAgencies visibleAgencyIds) {
        return visibleAgencyIds == null
                || agreement.getParties().stream().anyMatch(party -> visibleAgencyIds.covers(party.getAgencyId(), agreement.getSignedOn()));
    }

    /** The reader's scope over time; null when the user sees everything. */
    private DatedAgencies visibleAgencyIds() {
        return agencies.visible().orElse(null);
    }

    private static boolean isWriter() {
        return CurrentUser.get().map(user -> user.hasRole(Role.OFFICER) || user.hasRole(Role.ADMIN)).orElse(false);
    }

    private List<AgreementRow> withParties(List<AgreementRowData> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> partyIds = new HashMap<>();
        agreements.partiesOf(rows.stream().map(AgreementRowData::id).toList())
                .forEach(party -> partyIds.computeIfAbsent((Long) party[0], key -> new ArrayList<>()).add((Long) party[1]));
        Map<Long, AgencyView> named = agencies.findAll(partyIds.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        LocalDate today = today();
        return rows.stream().map(row -> new AgreementRow(row.id(), row.titleVi(), row.titlePartner(), row.kind(),
                AgreementStatus.effective(row.storedStatus(), row.validTo(), today), row.signedOn(), row.validFrom(), row.validTo(),
                row.referenceNumber(), partyIds.getOrDefault(row.id(), List.of()).stream().map(named::get).filter(Objects::nonNull)
                        .sorted(java.util.Comparator.comparing((AgencyView agency) -> agency.country() != Country.VN)).toList()))
                .toList();
    }

    private static AgreementSummary summary(AgreementRowData row, LocalDate today) {
        return new AgreementSummary(row.id(), row.titleVi(), row.kind(), AgreementStatus.effective(row.storedStatus(), row.validTo(), today),
                row.signedOn(), row.validFrom(), row.validTo(), row.referenceNumber());
    }

    private LocalDate expiryHorizon() {
        return today().plusDays(EXPIRY_HORIZON_DAYS);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The typed text, composed (NFC) and trimmed; null when blank; refused when longer than its column. */
    private static String text(String value, int maxLength, String field) {
        String clean = SearchText.nfc(value);
        if (clean == null || clean.isEmpty()) {
            return null;
        }
        if (clean.length() > maxLength) {
            throw new BusinessRuleException(field, "agreement.error.tooLong", maxLength);
        }
        return clean;
    }
}
