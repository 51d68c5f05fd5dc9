package org.borderliaison.agreement.web;

import java.util.Map;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.shared.web.DashboardCard;
import org.springframework.stereotype.Component;

/** The home page's card of agreements to renew: how many, and the first few (soonest end first). */
@Component
class AgreementExpiryCard implements DashboardCard {

    static final int SHOWN = 5;

    private final AgreementService service;

    AgreementExpiryCard(AgreementService service) {
        this.service = service;
    }

    @Override
    public String fragment() {
        return "agreement/cards :: expiring";
    }

    @Override
    public Map<String, Object> model() {
        return Map.of("count", service.countExpiring(), "rows", service.expiring(SHOWN), "today", service.today(),
                "horizonDays", AgreementService.EXPIRY_HORIZON_DAYS);
    }

    @Override
    public int order() {
        return 10;
    }
}
