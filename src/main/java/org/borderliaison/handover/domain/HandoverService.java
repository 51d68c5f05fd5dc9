package org.borderliaison.handover.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.Agreements;
import org.borderliaison.attachment.AttachmentShelf;
import org.borderliaison.attachment.Attachments;
import org.borderliaison.attachment.RecordAttachmentSupport;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.casefile.CaseFiles;
import org.borderliaison.handover.RecordNumber;
import org.borderliaison.handover.Representative;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.DatedAgencies;
import org.borderliaison.shared.ListPage;
import org.borderliaison.shared.ListQueries;
import org.borderliaison.shared.NotFoundException;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handovers: the rules, the scope and the personal-data policy, once for pages, API and printed record.
 * A record is visible when our agency (or the partner) lies in the user's sub-tree; officers and
 * administrators may record and change handovers of their sub-tree and are the only ones who see the persons.
 */
@Service
@Transactional(readOnly = true)
public class HandoverService extends RecordAttachmentSupport<Handover, HandoverAttachment, HandoverAttachmentContent> {

    /** Handover attachments: /handovers/{id}/attachments, refusals coded handover.error.attachment*. */
    private static final AttachmentShelf ATTACHMENTS = new AttachmentShelf("handover", "handovers", "handover-attachment");

    /** Earliest year of birth accepted for a person. */
    static final int FIRST_BIRTH_YEAR = 1900;

    /** More signers per side than a record has room for; guards the printed page. */
    static final int MAX_REPRESENTATIVES = 20;

    private final HandoverRepository repository;
    private final Agencies agencies;
    private final CaseFiles caseFiles;
    private final Agreements agreements;
    private final AccessLog accessLog;
    private final EntityManager entityManager;
    private final ListQueries lists;
    private final Clock clock;
    private final RecordNumbers recordNumbers;

    HandoverService(HandoverRepository repository, Agencies agencies, CaseFiles caseFiles, Agreements agreements,
            AccessLog accessLog, EntityManager entityManager, ListQueries lists, Clock clock, RecordNumbers recordNumbers,
            HandoverAttachmentContentRepository attachmentContents, Attachments attachmentRules) {
        super(ATTACHMENTS, attachmentRules, attachmentContents, HandoverAttachmentContent::new);
        this.repository = repository;
        this.recordNumbers = recordNumbers;
        this.lists = lists;
        this.agencies = agencies;
        this.caseFiles = caseFiles;
        this.agreements = agreements;
        this.accessLog = accessLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The records the user may see that match the filter, newest first unless the page asks otherwise. */
    public ListPage<Handover> search(HandoverFilter filter, Pageable pageable) {
        Optional<DatedAgencies> visible = agencies.visible();
        Specification<Handover> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            visible.ifPresent(scope -> where.add(visibleWhere(root, cb, scope)));
            if (filter.direction() != null) {
                where.add(cb.equal(root.get("direction"), filter.direction()));
            }
            if (filter.category() != null) {
                where.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.partnerCountry() != null) {
                where.add(cb.equal(root.get("partnerCountry"), filter.partnerCountry()));
            }
            if (filter.partnerAgencyId() != null) {
                where.add(cb.equal(root.get("partnerAgencyId"), filter.partnerAgencyId()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("date"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("date"), filter.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        // The agencies every record of the list belongs to: the partner filter's, else the reader's scope; counted from
        // their rows when the list asks nothing else of a record.
        boolean alone = filter.direction() == null && filter.category() == null && filter.partnerCountry() == null
                && filter.from() == null && filter.to() == null && (filter.partnerAgencyId() == null || visible.isEmpty());
        ListQueries.Through through = filter.partnerAgencyId() != null
                ? new ListQueries.Through(DatedAgencies.always(List.of(filter.partnerAgencyId())), "date", List.of("partnerAgencyId"), alone)
                : visible.map(scope -> new ListQueries.Through(scope, "date", List.of("ourAgencyId", "partnerAgencyId"), alone))
                        .orElse(null);
        return lists.page(Handover.class, spec, through, false, pageable);
    }

    /** The visible records of the case {@code caseId}, newest first. */
    public List<Handover> ofCase(long caseId) {
        return linkedTo("caseId", caseId);
    }

    /** The visible records resting on the agreement {@code agreementId}, newest first. */
    public List<Handover> basedOnAgreement(long agreementId) {
        return linkedTo("legalBasisAgreementId", agreementId);
    }

    private List<Handover> linkedTo(String attribute, long id) {
        // As for cases: the scope's conditions only when some record is linked at all.
        if (!repository.exists((root, query, cb) -> cb.equal(root.get(attribute), id))) {
            return List.of();
        }
        Optional<DatedAgencies> visible = agencies.visible();
        Specification<Handover> spec = (root, query, cb) -> visible.map(scope -> cb.and(cb.equal(root.get(attribute), id),
                visibleWhere(root, cb, scope))).orElseGet(() -> cb.equal(root.get(attribute), id));
        return repository.findAll(spec, Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id")));
    }

    /** The scope over time (ScopeService): our or the partner agency covered on the record's date. */
    private static Predicate visibleWhere(Root<Handover> root, CriteriaBuilder cb, DatedAgencies scope) {
        return cb.or(scope.predicate(cb, root.get("ourAgencyId"), root.get("date")),
                scope.predicate(cb, root.get("partnerAgencyId"), root.get("date")));
    }

    /** The record, if the user may see it; otherwise (or when there is none) a 404. */
    public Handover get(long id) {
        return repository.findById(id).filter(this::visible).orElseThrow(() -> new NotFoundException("Handover", id));
    }

    public Optional<Handover> find(long id) {
        return repository.findById(id).filter(this::visible);
    }

    private boolean visible(Handover handover) {
        return agencies.visible()
                .map(scope -> scope.covers(handover.getOurAgencyId(), handover.getDate())
                        || scope.covers(handover.getPartnerAgencyId(), handover.getDate()))
                .orElse(true);
    }

    /**
     * Whether the current user may change the record: an officer or administrator whose scope holds our agency on the
     * record's date or today (editing follows seeing, ScopeService).
     */
    public boolean mayEdit(Handover handover) {
        SignedInUser user = CurrentUser.require();
        return (user.hasRole(Role.OFFICER) || user.hasRole(Role.ADMIN)) && agencies.inScope(handover.getOurAgencyId(), handover.getDate());
    }

    /** Whether the current user may see the persons of a record they can see: officers and administrators only. */
    public boolean maySeePersons(Handover handover) {
        SignedInUser user = CurrentUser.require();
        return (user.hasRole(Role.OFFICER) || user.hasRole(Role.ADMIN)) && visible(handover);
    }

    /**
     * The persons of a record for someone allowed to see them, writing the view into the access log; empty for
     * everyone else (they see the count only). {@code where} says which view showed them (page, API, record, PDF).
     */
    public Optional<List<PersonDetails>> persons(Handover handover, String where) {
        if (!maySeePersons(handover)) {
            return Optional.empty();
        }
        List<PersonDetails> persons = repository.findById(handover.getId()).map(Handover::listedPersons).orElse(List.of());
        if (!persons.isEmpty()) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("handover", handover.getId());
            parameters.put("persons", persons.size());
            parameters.put("where", where.replace(' ', '-'));
            accessLog.event(AccessEvent.PERSONAL_DATA_VIEWED, "handover-persons", parameters,
                    "handover " + handover.getId() + ": " + persons.size() + " persons (" + where + ")");
        }
        return Optional.of(persons);
    }

    /** The persons just saved with a record, for the answer to the one who sent them. */
    public List<PersonDetails> savedPersons(Handover handover) {
        return handover.listedPersons();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public Handover create(HandoverDetails details) {
        List<PersonDetails> persons = details.persons() == null ? List.of() : details.persons();
        Country partnerCountry = check(details, persons);
        checkLinks(details, null);
        Handover handover = new Handover(details, partnerCountry, nextRecordNumber(details));
        handover.replacePersons(persons);
        return repository.save(handover);
    }

    /** Changes a record; refused when the user saw an older version. {@code details.persons()} null keeps the list. */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public Handover update(long id, Long expectedVersion, HandoverDetails details) {
        Handover handover = requireEditable(id);
        handover.checkVersion(expectedVersion);
        List<PersonDetails> persons = details.persons() == null ? handover.listedPersons() : details.persons();
        Country partnerCountry = check(details, persons);
        checkLinks(details, handover);
        handover.apply(details, partnerCountry);
        if (details.persons() != null && !details.persons().equals(handover.listedPersons())) {
            replacePersons(handover, details.persons());
        }
        return handover;
    }

    /** Numbered in the year of the handover, after the last record of our agency that year. */
    private RecordNumber nextRecordNumber(HandoverDetails details) {
        AgencyView issuer = agencies.find(details.ourAgencyId())
                .orElseThrow(() -> new BusinessRuleException("ourAgencyId", "handover.error.unknownAgency"));
        int year = details.date().getYear();
        return new RecordNumber(year, recordNumbers.next(issuer.id(), year), RecordSymbols.of(issuer));
    }

    /**
     * Replaces the list of persons from a CSV file (UTF-8, header row). Every line is checked; if any is refused,
     * or the number of persons differs from the record's, nothing is saved and the report says why, line by line.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public PersonListImport importPersons(long id, Long expectedVersion, byte[] csv) {
        Handover handover = requireEditable(id);
        handover.checkVersion(expectedVersion);
        PersonListImport result = PersonListCsv.read(csv, Year.now(clock).getValue());
        if (!result.accepted()) {
            return result;
        }
        if (!handover.getCategory().persons()) {
            return PersonListImport.refused(new PersonListImport.LineError(0, null, "handover.error.personsNotForItems"));
        }
        if (result.persons().size() != handover.getQuantity()) {
            return PersonListImport.refused(new PersonListImport.LineError(0, null, "handover.csv.countMismatch",
                    result.persons().size(), handover.getQuantity()));
        }
        replacePersons(handover, result.persons());
        return result;
    }

    private Handover requireEditable(long id) {
        Handover handover = get(id);
        if (!mayEdit(handover)) {
            throw new BusinessRuleException("ourAgencyId", "handover.error.ourAgencyOutOfScope");
        }
        return handover;
    }

    /** The list lives in its own table; the record's version still moves so a concurrent edit is refused. */
    private void replacePersons(Handover handover, List<PersonDetails> persons) {
        handover.replacePersons(persons);
        entityManager.lock(handover, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /**
     * A newly chosen case or agreement must be one the user may see (unknown and out of scope are refused alike);
     * a link the record already has stays even if the editor cannot see it.
     */
    private void checkLinks(HandoverDetails details, Handover current) {
        Long caseId = details.caseId();
        if (caseId != null && (current == null || !caseId.equals(current.getCaseId())) && caseFiles.find(caseId).isEmpty()) {
            throw new BusinessRuleException("caseId", "handover.error.caseNotFound", caseId);
        }
        Long agreementId = details.legalBasisAgreementId();
        if (agreementId != null && (current == null || !agreementId.equals(current.getLegalBasisAgreementId()))
                && agreements.find(agreementId).isEmpty()) {
            throw new BusinessRuleException("legalBasisAgreementId", "handover.error.agreementNotFound", agreementId);
        }
    }

    /** The rules of a handover; answers the partner's country, which the record keeps. */
    private Country check(HandoverDetails details, List<PersonDetails> persons) {
        AgencyView ours = agencies.find(details.ourAgencyId())
                .orElseThrow(() -> new BusinessRuleException("ourAgencyId", "handover.error.unknownAgency"));
        if (ours.country() != Country.VN) {
            throw new BusinessRuleException("ourAgencyId", "handover.error.ourAgencyNotVietnamese");
        }
        if (!agencies.inScope(ours.id(), details.date())) {
            throw new BusinessRuleException("ourAgencyId", "handover.error.ourAgencyOutOfScope");
        }
        AgencyView partner = agencies.find(details.partnerAgencyId())
                .orElseThrow(() -> new BusinessRuleException("partnerAgencyId", "handover.error.unknownAgency"));
        if (!partner.country().isForeign()) {
            throw new BusinessRuleException("partnerAgencyId", "handover.error.partnerNotForeign");
        }
        if (details.borderGateId() != null && agencies.findBorderGate(details.borderGateId()).isEmpty()) {
            throw new BusinessRuleException("borderGateId", "handover.error.unknownBorderGate");
        }
        if (details.date().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("date", "handover.error.dateInFuture");
        }
        if (details.time() != null && details.date().equals(LocalDate.now(clock))
                && details.time().isAfter(LocalTime.now(clock))) {
            throw new BusinessRuleException("time", "handover.error.timeInFuture");
        }
        checkRepresentatives("ourRepresentatives", details.representatives().ours());
        checkRepresentatives("partnerRepresentatives", details.representatives().partner());
        checkRepresentatives("witnesses", details.representatives().witnesses());
        if (details.quantity() < 1) {
            throw new BusinessRuleException("quantity", "handover.error.quantityBelowOne");
        }
        if (!persons.isEmpty() && !details.category().persons()) {
            throw new BusinessRuleException("persons", "handover.error.personsNotForItems");
        }
        if (!persons.isEmpty() && persons.size() != details.quantity()) {
            throw new BusinessRuleException("quantity", "handover.error.personCountMismatch", persons.size(), details.quantity());
        }
        int thisYear = Year.now(clock).getValue();
        for (int i = 0; i < persons.size(); i++) {
            PersonDetails person = persons.get(i);
            if (person.fullName() == null) {
                throw new BusinessRuleException("persons[" + i + "].fullName", "handover.error.personNameMissing", i + 1);
            }
            if (person.birthYear() != null && (person.birthYear() < FIRST_BIRTH_YEAR || person.birthYear() > thisYear)) {
                throw new BusinessRuleException("persons[" + i + "].birthYear", "handover.error.birthYear", FIRST_BIRTH_YEAR, thisYear);
            }
        }
        return partner.country();
    }

    /** Each signer or witness needs a name; {@code list} is the field the form and the API name the rows by. */
    private static void checkRepresentatives(String list, List<Representative> representatives) {
        if (representatives.size() > MAX_REPRESENTATIVES) {
            throw new BusinessRuleException(list, "handover.error.tooManyRepresentatives", MAX_REPRESENTATIVES);
        }
        for (int i = 0; i < representatives.size(); i++) {
            if (representatives.get(i).fullName() == null) {
                throw new BusinessRuleException(list + "[" + i + "].fullName", "handover.error.representativeNameMissing", i + 1);
            }
        }
    }

    // ---- attachments (module attachment keeps them; which handover is seen and who may change its files is the handover's)

    @Override
    protected Handover attachmentsRecord(long id) {
        return get(id);
    }

    @Override
    protected boolean mayChangeAttachments(Handover record) {
        return mayEdit(record);
    }
}
