package org.borderliaison.patrol.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import org.borderliaison.agency.Country;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.PatrolView;
import org.borderliaison.shared.AuditedEntity;
import org.borderliaison.shared.SearchText;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A patrol of one of our units with a partner unit along a border segment. Agencies and the border gate
 * belong to the agency module and are held by id.
 */
@Entity
@Table(name = "patrol")
@Audited
public class Patrol extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PatrolKind kind;

    @Column(name = "patrol_date", nullable = false)
    private LocalDate date;

    /** {@link #date}'s year and month as yyyymm, computed by the database (V111): what the summary's months group by. */
    @Column(name = "patrol_month", insertable = false, updatable = false)
    @NotAudited
    private Integer month;

    private LocalTime startTime;

    private LocalTime endTime;

    @Column(nullable = false)
    private Long ourAgencyId;

    @Column(nullable = false)
    private Long partnerAgencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Country partnerCountry;

    @Column(nullable = false)
    private String segmentFrom;

    private String segmentTo;

    private Long borderGateId;

    @Column(nullable = false)
    private int ourPersonnel;

    @Column(nullable = false)
    private int partnerPersonnel;

    private String findings;

    @NotAudited
    @Column(nullable = false)
    private String searchText;

    protected Patrol() {
    }

    Patrol(PatrolDetails details, Country partnerCountry) {
        apply(details, partnerCountry);
    }

    /** Takes over checked details (see {@link PatrolService}); text is stored trimmed and composed (NFC). */
    void apply(PatrolDetails details, Country partnerCountry) {
        this.kind = details.kind();
        this.date = details.date();
        this.startTime = details.startTime();
        this.endTime = details.endTime();
        this.ourAgencyId = details.ourAgencyId();
        this.partnerAgencyId = details.partnerAgencyId();
        this.partnerCountry = partnerCountry;
        this.segmentFrom = details.segmentFrom().strip();
        this.segmentTo = blankToNull(details.segmentTo());
        this.borderGateId = details.borderGateId();
        this.ourPersonnel = details.ourPersonnel();
        this.partnerPersonnel = details.partnerPersonnel();
        this.findings = blankToNull(SearchText.nfc(details.findings()));
        this.searchText = SearchText.of(segmentFrom, segmentTo, findings);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public PatrolView toView() {
        return new PatrolView(getId(), kind, date, startTime, endTime, ourAgencyId, partnerAgencyId, partnerCountry,
                segmentFrom, segmentTo, borderGateId, ourPersonnel, partnerPersonnel, findings, getVersion());
    }

    public PatrolKind getKind() {
        return kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public Long getOurAgencyId() {
        return ourAgencyId;
    }

    public Long getPartnerAgencyId() {
        return partnerAgencyId;
    }

    public Country getPartnerCountry() {
        return partnerCountry;
    }

    public String getSegmentFrom() {
        return segmentFrom;
    }

    public String getSegmentTo() {
        return segmentTo;
    }

    public Long getBorderGateId() {
        return borderGateId;
    }

    public int getOurPersonnel() {
        return ourPersonnel;
    }

    public int getPartnerPersonnel() {
        return partnerPersonnel;
    }

    public String getFindings() {
        return findings;
    }
}
