package org.borderliaison.agency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Where an agency sat in its tree during a period: under {@code parentId} (null: a root) from {@code validFrom} until {@code validUntil}. */
@Entity
@Table(name = "agency_placement")
public class AgencyPlacement implements Dated {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long agencyId;

    private Long parentId;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validUntil;

    protected AgencyPlacement() {
    }

    AgencyPlacement(long agencyId, Long parentId, LocalDate validFrom) {
        this.agencyId = agencyId;
        this.parentId = parentId;
        this.validFrom = validFrom;
    }

    void correct(Long parentId, LocalDate validFrom) {
        this.parentId = parentId;
        this.validFrom = validFrom;
    }

    public Long getId() {
        return id;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public Long getParentId() {
        return parentId;
    }

    @Override
    public LocalDate getValidFrom() {
        return validFrom;
    }

    @Override
    public LocalDate getValidUntil() {
        return validUntil;
    }

    @Override
    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
