package org.borderliaison.dashboard;

import org.borderliaison.agency.Agencies;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.Scope;
import org.borderliaison.shared.ScopeService;
import org.borderliaison.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final Agencies agencies;
    private final ScopeService scopes;

    HomeController(Agencies agencies, ScopeService scopes) {
        this.agencies = agencies;
        this.scopes = scopes;
    }

    @GetMapping("/")
    String home(Model model) {
        SignedInUser user = CurrentUser.require();
        Scope scope = scopes.of(user);
        model.addAttribute("user", user);
        model.addAttribute("agency", agencies.find(user.agencyId()).orElse(null));
        model.addAttribute("scopeAgency", scope.unrestricted() ? null : agencies.require(scope.rootAgencyId()));
        model.addAttribute("overview", agencies.overview());
        return "home";
    }
}
