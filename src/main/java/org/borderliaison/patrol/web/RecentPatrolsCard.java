package org.borderliaison.patrol.web;

import java.util.Map;
import org.borderliaison.patrol.PatrolView;
import org.borderliaison.patrol.domain.Patrol;
import org.borderliaison.patrol.domain.PatrolSearch;
import org.borderliaison.patrol.domain.PatrolService;
import org.borderliaison.shared.web.DashboardCard;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The home page's card of the latest patrols the user may see. */
@Component
class RecentPatrolsCard implements DashboardCard {

    private static final int SHOWN = 5;

    private final PatrolService service;
    private final PatrolAgencies patrolAgencies;

    RecentPatrolsCard(PatrolService service, PatrolAgencies patrolAgencies) {
        this.service = service;
        this.patrolAgencies = patrolAgencies;
    }

    @Override
    public String fragment() {
        return "patrol/card :: recent";
    }

    @Override
    public Map<String, Object> model() {
        Page<PatrolView> latest = service.search(PatrolSearch.any(), PageRequest.of(0, SHOWN, PatrolSort.dateDesc.sort()))
                .map(Patrol::toView);
        return Map.of("patrols", latest, "agencies", patrolAgencies.of(latest.getContent()));
    }

    @Override
    public int order() {
        return 300;
    }
}
