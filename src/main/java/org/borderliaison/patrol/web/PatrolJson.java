package org.borderliaison.patrol.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.PatrolView;

/** A patrol in the API, with its two units named so that a client needs no second call. */
record PatrolJson(long id, PatrolKind kind, LocalDate date, LocalTime startTime, LocalTime endTime, Unit ourAgency,
        Unit partnerAgency, Country partnerCountry, String segmentFrom, String segmentTo, String segment, Long borderGateId,
        int ourPersonnel, int partnerPersonnel, String findings, long version) {

    @Schema(name = "PatrolUnit")
    record Unit(long id, String code, String nameVi, String nameEn, String nameNative) {

        static Unit of(long id, Map<Long, AgencyView> agencies) {
            AgencyView agency = agencies.get(id);
            return agency == null ? new Unit(id, null, null, null, null)
                    : new Unit(id, agency.code(), agency.nameVi(), agency.nameEn(), agency.nameNative());
        }
    }

    static PatrolJson of(PatrolView patrol, Map<Long, AgencyView> agencies) {
        return new PatrolJson(patrol.id(), patrol.kind(), patrol.date(), patrol.startTime(), patrol.endTime(),
                Unit.of(patrol.ourAgencyId(), agencies), Unit.of(patrol.partnerAgencyId(), agencies), patrol.partnerCountry(),
                patrol.segmentFrom(), patrol.segmentTo(), patrol.segment(), patrol.borderGateId(), patrol.ourPersonnel(),
                patrol.partnerPersonnel(), patrol.findings(), patrol.version());
    }
}
