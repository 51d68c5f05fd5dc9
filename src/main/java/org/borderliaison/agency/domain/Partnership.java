package org.borderliaison.agency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.PartnershipLevel;
import org.borderliaison.shared.AuditedEntity;
import org.borderliaison.shared.BusinessRuleException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** Two counterpart agencies (đối đẳng) across the border: always one Vietnamese, one foreign. */
@Entity
@Table(name = "partnership")
@Audited
public class Partnership extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vn_agency_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Agency vnAgency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_agency_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Agency partnerAgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnershipLevel level;

    private LocalDate establishedOn;

    private String note;

    protected Partnership() {
    }

    Partnership(Agency vnAgency, Agency partnerAgency, PartnershipLevel level, LocalDate establishedOn, String note) {
        if (vnAgency.getCountry() != Country.VN) {
            throw new BusinessRuleException("vnAgencyId", "partnership.error.notVietnamese");
        }
        if (!partnerAgency.getCountry().isForeign()) {
            throw new BusinessRuleException("partnerAgencyId", "partnership.error.notForeign");
        }
        this.vnAgency = vnAgency;
        this.partnerAgency = partnerAgency;
        this.level = level;
        this.establishedOn = establishedOn;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Agency getVnAgency() {
        return vnAgency;
    }

    public Agency getPartnerAgency() {
        return partnerAgency;
    }

    public PartnershipLevel getLevel() {
        return level;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public String getNote() {
        return note;
    }
}
