package org.borderliaison.patrol;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.borderliaison.patrol.domain.PatrolDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Test patrols: {@code PatrolBuilder.aJointPatrol().by(21).with(36).on(date)}; defaults are a valid patrol. */
final class PatrolBuilder {

    static final long CKQT_POST = 21;
    static final long BAN_LAU_POST = 22;
    static final long HEKOU_STATION = 35;
    static final long HONGHE_DETACHMENT = 36;

    private PatrolKind kind;
    private LocalDate date = LocalDate.now().minusDays(3);
    private LocalTime start = LocalTime.of(7, 30);
    private LocalTime end = LocalTime.of(11, 0);
    private Long ours = CKQT_POST;
    private Long partner = HONGHE_DETACHMENT;
    private String from = "100(2)";
    private String to = "106(1)";
    private Long gate = 1L;
    private Integer ourPersonnel = 12;
    private Integer partnerPersonnel = 10;
    private String findings = "Mốc giới nguyên trạng.";

    private PatrolBuilder(PatrolKind kind) {
        this.kind = kind;
    }

    static PatrolBuilder aJointPatrol() {
        return new PatrolBuilder(PatrolKind.JOINT);
    }

    static PatrolBuilder aBilateralPatrol() {
        return new PatrolBuilder(PatrolKind.BILATERAL);
    }

    PatrolBuilder by(Long ourAgencyId) {
        this.ours = ourAgencyId;
        return this;
    }

    PatrolBuilder with(Long partnerAgencyId) {
        this.partner = partnerAgencyId;
        return this;
    }

    PatrolBuilder on(LocalDate date) {
        this.date = date;
        return this;
    }

    PatrolBuilder segment(String from, String to) {
        this.from = from;
        this.to = to;
        return this;
    }

    PatrolBuilder personnel(Integer ours, Integer partner) {
        this.ourPersonnel = ours;
        this.partnerPersonnel = partner;
        return this;
    }

    PatrolBuilder findings(String findings) {
        this.findings = findings;
        return this;
    }

    PatrolBuilder gate(Long gate) {
        this.gate = gate;
        return this;
    }

    PatrolDetails details() {
        return new PatrolDetails(kind, date, start, end, ours, partner, from, to, gate, ourPersonnel, partnerPersonnel, findings);
    }

    /** The body of a POST or PUT to the API. */
    Map<String, Object> json(Long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("kind", kind);
        body.put("date", date == null ? null : date.toString());
        body.put("startTime", start.toString());
        body.put("endTime", end.toString());
        body.put("ourAgencyId", ours);
        body.put("partnerAgencyId", partner);
        body.put("segmentFrom", from);
        body.put("segmentTo", to);
        body.put("borderGateId", gate);
        body.put("ourPersonnel", ourPersonnel);
        body.put("partnerPersonnel", partnerPersonnel);
        body.put("findings", findings);
        return body;
    }

    /** The fields of the page form, as a browser posts them. */
    MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
        return request.param("kind", kind.name())
                .param("date", date == null ? "" : date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .param("startTime", start.toString()).param("endTime", end.toString())
                .param("ourAgencyId", ours == null ? "" : ours.toString())
                .param("partnerAgencyId", partner == null ? "" : partner.toString())
                .param("segmentFrom", from).param("segmentTo", to == null ? "" : to)
                .param("borderGateId", gate == null ? "" : gate.toString())
                .param("ourPersonnel", ourPersonnel == null ? "" : ourPersonnel.toString())
                .param("partnerPersonnel", partnerPersonnel == null ? "" : partnerPersonnel.toString())
                .param("findings", findings);
    }
}
