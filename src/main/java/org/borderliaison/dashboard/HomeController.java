package org.borderliaison.dashboard;

import java.util.Comparator;
import java.util.Map;
import org.borderliaison.agency.Agencies;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.Scope;
import org.borderliaison.shared.ScopeService;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.shared.web.DashboardCard;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final Agencies agencies;
    private final ScopeService scopes;
    private final ObjectProvider<DashboardCard> cards;

    HomeController(Agencies agencies, ScopeService scopes, ObjectProvider<DashboardCard> cards) {
        this.agencies = agencies;
        this.scopes = scopes;
        this.cards = cards;
    }

    @GetMapping("/")
    String home(Model model) {
        SignedInUser user = CurrentUser.require();
        Scope scope = scopes.of(user);
        model.addAttribute("user", user);
        model.addAttribute("agency", agencies.find(user.agencyId()).orElse(null));
        model.addAttribute("scopeAgency", scope.unrestricted() ? null : agencies.require(scope.rootAgencyId()));
        model.addAttribute("overview", agencies.overview());
        model.addAttribute("cards", cards.stream().sorted(Comparator.comparingInt(DashboardCard::order))
                .map(card -> new RenderedCard(card.fragment(), card.model())).toList());
        return "home";
    }

    /** A card's fragment with the model computed for this request. */
    record RenderedCard(String fragment, Map<String, Object> model) {
    }
}
