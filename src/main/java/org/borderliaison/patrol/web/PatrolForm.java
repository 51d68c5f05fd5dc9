package org.borderliaison.patrol.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.PatrolView;
import org.borderliaison.patrol.domain.PatrolDetails;
import org.springframework.format.annotation.DateTimeFormat;

/** The create/edit form of a patrol: what the user typed, kept as typed when it is refused. */
public class PatrolForm {

    private Long version;

    @NotNull
    private PatrolKind kind;

    @NotNull
    private LocalDate date;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime startTime;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime endTime;

    @NotNull
    private Long ourAgencyId;

    @NotNull
    private Long partnerAgencyId;

    @NotBlank
    @Pattern(regexp = PatrolDetails.MARKER_REGEX)
    private String segmentFrom;

    @Pattern(regexp = "(" + PatrolDetails.MARKER_REGEX + ")?")
    private String segmentTo;

    private Long borderGateId;

    @NotNull
    @Min(1)
    private Integer ourPersonnel;

    @NotNull
    @Min(1)
    private Integer partnerPersonnel;

    @Size(max = 4000)
    private String findings;

    static PatrolForm of(PatrolView patrol) {
        PatrolForm form = new PatrolForm();
        form.version = patrol.version();
        form.kind = patrol.kind();
        form.date = patrol.date();
        form.startTime = patrol.startTime();
        form.endTime = patrol.endTime();
        form.ourAgencyId = patrol.ourAgencyId();
        form.partnerAgencyId = patrol.partnerAgencyId();
        form.segmentFrom = patrol.segmentFrom();
        form.segmentTo = patrol.segmentTo();
        form.borderGateId = patrol.borderGateId();
        form.ourPersonnel = patrol.ourPersonnel();
        form.partnerPersonnel = patrol.partnerPersonnel();
        form.findings = patrol.findings();
        return form;
    }

    PatrolDetails details() {
        return new PatrolDetails(kind, date, startTime, endTime, ourAgencyId, partnerAgencyId, segmentFrom, segmentTo,
                borderGateId, ourPersonnel, partnerPersonnel, findings);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public PatrolKind getKind() {
        return kind;
    }

    public void setKind(PatrolKind kind) {
        this.kind = kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public Long getOurAgencyId() {
        return ourAgencyId;
    }

    public void setOurAgencyId(Long ourAgencyId) {
        this.ourAgencyId = ourAgencyId;
    }

    public Long getPartnerAgencyId() {
        return partnerAgencyId;
    }

    public void setPartnerAgencyId(Long partnerAgencyId) {
        this.partnerAgencyId = partnerAgencyId;
    }

    public String getSegmentFrom() {
        return segmentFrom;
    }

    public void setSegmentFrom(String segmentFrom) {
        this.segmentFrom = segmentFrom;
    }

    public String getSegmentTo() {
        return segmentTo;
    }

    public void setSegmentTo(String segmentTo) {
        this.segmentTo = segmentTo;
    }

    public Long getBorderGateId() {
        return borderGateId;
    }

    public void setBorderGateId(Long borderGateId) {
        this.borderGateId = borderGateId;
    }

    public Integer getOurPersonnel() {
        return ourPersonnel;
    }

    public void setOurPersonnel(Integer ourPersonnel) {
        this.ourPersonnel = ourPersonnel;
    }

    public Integer getPartnerPersonnel() {
        return partnerPersonnel;
    }

    public void setPartnerPersonnel(Integer partnerPersonnel) {
        this.partnerPersonnel = partnerPersonnel;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }
}
