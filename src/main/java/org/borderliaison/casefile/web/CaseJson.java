package org.borderliaison.casefile.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.casefile.CaseStatus;
import org.borderliaison.casefile.Quantities;
import org.borderliaison.casefile.SeizureItem;
import org.borderliaison.casefile.SeizureUnit;
import org.borderliaison.casefile.domain.CaseFile;

/** A case in the API, with its status steps and seizures. Field names are part of the API contract. */
record CaseJson(long id, CaseCategory category, String ourReference, String partnerReference, LocalDate openedOn,
        CaseStatus status, LocalDate statusSince, AgencyRef leadAgency, List<AgencyRef> partners, int subjects, int victims,
        String summary, List<StatusStep> statusHistory, List<SeizureJson> seizures, List<Long> patrolIds,
        List<Long> meetingIds, List<Long> agreementIds, long version, String createdBy,
        Instant createdAt, String updatedBy, Instant updatedAt) {

    @Schema(name = "CaseAgencyRef")
    record AgencyRef(long id, String code, String nameVi, String nameNative, Country country) {

        static AgencyRef of(long id, Map<Long, AgencyView> agencies) {
            AgencyView agency = agencies.get(id);
            return agency == null ? new AgencyRef(id, null, null, null, null)
                    : new AgencyRef(id, agency.code(), agency.nameVi(), agency.nameNative(), agency.country());
        }
    }

    @Schema(name = "CaseStatusStep")
    record StatusStep(CaseStatus status, LocalDate changedOn, String note) {
    }

    /** A seizure as recorded and in its item's canonical unit. */
    @Schema(name = "CaseSeizure")
    record SeizureJson(SeizureItem item, BigDecimal quantity, SeizureUnit unit, BigDecimal canonicalQuantity,
            SeizureUnit canonicalUnit, String description) {
    }

    static CaseJson of(CaseFile c, Map<Long, AgencyView> agencies) {
        return new CaseJson(c.getId(), c.getCategory(), c.getOurReference(), c.getPartnerReference(), c.getOpenedOn(),
                c.getStatus(), c.getStatusSince(), AgencyRef.of(c.getLeadAgencyId(), agencies),
                c.getPartners().stream().map(p -> AgencyRef.of(p.getAgencyId(), agencies)).toList(), c.getSubjects(),
                c.getVictims(), c.getSummary(),
                c.getStatusChanges().stream().map(s -> new StatusStep(s.getStatus(), s.getChangedOn(), s.getNote())).toList(),
                c.getSeizures().stream().map(s -> new SeizureJson(s.getItem(), Quantities.plain(s.getQuantity()), s.getUnit(),
                        Quantities.plain(s.getCanonicalQuantity()), s.getCanonicalUnit(), s.getDescription())).toList(),
                c.getPatrolIds(), c.getMeetingIds(), c.getAgreementIds(), c.getVersion(), c.getCreatedBy(), c.getCreatedAt(), c.getUpdatedBy(), c.getUpdatedAt());
    }
}
