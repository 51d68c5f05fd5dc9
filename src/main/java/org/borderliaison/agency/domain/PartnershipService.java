package org.borderliaison.agency.domain;

import java.time.LocalDate;
import java.util.List;
import org.borderliaison.agency.PartnershipLevel;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counterpart relations between Vietnamese and foreign agencies. Administrators keep them. */
@Service
@Transactional(readOnly = true)
public class PartnershipService {

    private final PartnershipRepository partnerships;
    private final AgencyService agencies;

    PartnershipService(PartnershipRepository partnerships, AgencyService agencies) {
        this.partnerships = partnerships;
        this.agencies = agencies;
    }

    public List<Partnership> of(long agencyId) {
        return partnerships.findByAgency(agencyId);
    }

    public List<Partnership> all() {
        return partnerships.findAllWithAgencies();
    }

    public Partnership get(long id) {
        return partnerships.findById(id).orElseThrow(() -> new NotFoundException("Partnership", id));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Partnership create(long vnAgencyId, long partnerAgencyId, PartnershipLevel level, LocalDate establishedOn, String note) {
        if (partnerships.existsByVnAgencyIdAndPartnerAgencyId(vnAgencyId, partnerAgencyId)) {
            throw new BusinessRuleException("partnerAgencyId", "partnership.error.exists");
        }
        return partnerships.saveAndFlush(new Partnership(agencies.referenced(vnAgencyId, "vnAgencyId"),
                agencies.referenced(partnerAgencyId, "partnerAgencyId"), level,
                establishedOn, note));
    }

    /** Ends a partnership. Nothing references a partnership, and its history keeps the row. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        partnerships.delete(get(id));
    }
}
