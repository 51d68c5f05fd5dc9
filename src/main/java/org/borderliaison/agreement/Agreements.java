package org.borderliaison.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.domain.AgreementCommand;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement module's API for the rest of the application. Everything here is seen through the
 * current user's scope: an agreement they may not see is not found.
 */
@Service
@Transactional(readOnly = true)
public class Agreements {

    private final AgreementService service;

    Agreements(AgreementService service) {
        this.service = service;
    }

    public Optional<AgreementSummary> find(long id) {
        return service.findSummary(id);
    }

    public AgreementSummary require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("CooperationAgreement", id));
    }

    /** The visible agreements among {@code ids}, by id; the others are left out. */
    public Map<Long, AgreementSummary> findAll(Collection<Long> ids) {
        return service.summaries(ids);
    }

    /** Up to {@code limit} visible agreements whose title, reference or summary match {@code q}, newest first. */
    public List<AgreementSummary> search(String q, int limit) {
        return service.pick(q, Math.max(1, Math.min(limit, 50)));
    }

    /**
     * Agreements per kind with a party among {@code ourAgencyIds} (and, when given, one among
     * {@code partnerAgencyIds} and/or one of {@code partnerCountry}): how many were signed within
     * {@code from}..{@code to} (both included) and how many were in force on {@code to}. Drafts and withdrawn
     * agreements never count; one terminated after {@code to} was still in force then. One GROUP BY query, limited
     * to what the current user may see; kinds with nothing to count are absent.
     */
    public List<AgreementTotal> totals(Collection<Long> ourAgencyIds, LocalDate from, LocalDate to,
            Collection<Long> partnerAgencyIds, Country partnerCountry) {
        return service.totals(Set.copyOf(ourAgencyIds), from, to,
                partnerAgencyIds == null || partnerAgencyIds.isEmpty() ? null : Set.copyOf(partnerAgencyIds), partnerCountry);
    }

    /**
     * Creates an agreement in force from what a meeting form says about one signed there, and returns its
     * id. Joins the caller's transaction, so a refused meeting leaves no agreement behind. Refusals are
     * {@link org.borderliaison.shared.BusinessRuleException}s naming the draft's fields ({@code parties},
     * {@code signatories[0].agencyId}, {@code validTo}...).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    public long create(AgreementDraft draft) {
        return service.create(new AgreementCommand(draft.title(), null, draft.kind(), draft.reference(), AgreementStatus.IN_FORCE,
                draft.signedOn(), draft.signingPlace(), draft.validFrom(), draft.validTo(), draft.partyAgencyIds(),
                draft.signatories(), draft.fields(), null, null));
    }
}
