package org.borderliaison.security.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.borderliaison.security.domain.ApiTokens;
import org.borderliaison.security.domain.NewApiToken;
import org.borderliaison.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in user's personal API tokens: list, create (the secret is shown in the answer to the create, once, and
 * never stored in the session), revoke.
 */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenController {

    private static final String PAGE = "security/tokens";

    private final ApiTokens tokens;
    private final MessageSource messages;
    private final Clock clock;

    ApiTokenController(ApiTokens tokens, MessageSource messages, Clock clock) {
        this.tokens = tokens;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokenForm", new ApiTokenForm());
        return show(model);
    }

    @PostMapping
    String create(@ModelAttribute("tokenForm") ApiTokenForm form, BindingResult result, Model model) {
        NewApiToken[] created = new NewApiToken[1];
        if (!result.hasErrors() && FormErrors.attempt(result, () -> created[0] = tokens.create(form.getName(), form.getExpiresOn()))) {
            model.addAttribute("newToken", created[0]);
            model.addAttribute("tokenForm", new ApiTokenForm());
        }
        return show(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        tokens.revokeOwn(id);
        redirect.addFlashAttribute("flashMessage", messages.getMessage("token.revoked", null, locale));
        return "redirect:/account/tokens";
    }

    private String show(Model model) {
        model.addAttribute("tokens", tokens.own());
        model.addAttribute("today", LocalDate.now(clock));
        return PAGE;
    }
}
