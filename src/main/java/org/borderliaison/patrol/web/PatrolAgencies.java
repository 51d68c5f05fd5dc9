package org.borderliaison.patrol.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.patrol.PatrolView;
import org.springframework.stereotype.Component;

/** The agencies named by a page of patrols, fetched in one look-up (no query per row). */
@Component
class PatrolAgencies {

    private final Agencies agencies;

    PatrolAgencies(Agencies agencies) {
        this.agencies = agencies;
    }

    Map<Long, AgencyView> of(Collection<PatrolView> patrols) {
        Set<Long> ids = new HashSet<>();
        patrols.forEach(patrol -> {
            ids.add(patrol.ourAgencyId());
            ids.add(patrol.partnerAgencyId());
        });
        return agencies.findAll(ids);
    }
}
