package org.borderliaison.security.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.borderliaison.security.domain.ApiTokens;
import org.borderliaison.shared.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Every account's personal API tokens for administrators: filter by user (exact username), revoke. */
@Controller
@RequestMapping("/admin/tokens")
class ApiTokenAdminController {

    private static final int PAGE_SIZE = 50;

    private final ApiTokens tokens;
    private final MessageSource messages;
    private final Clock clock;

    ApiTokenAdminController(ApiTokens tokens, MessageSource messages, Clock clock) {
        this.tokens = tokens;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String username, @RequestParam(defaultValue = "0") int page, Model model) {
        String user = username == null || username.isBlank() ? null : username.strip();
        model.addAttribute("username", user);
        model.addAttribute("page", Paging.forList(page, PAGE_SIZE, Sort.unsorted(), pageable -> tokens.all(user, pageable), model));
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/admin/tokens")
                .queryParamIfPresent("username", Optional.ofNullable(user)).encode().build().toUriString());
        model.addAttribute("today", LocalDate.now(clock));
        return "security/token-admin";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) String username, Locale locale,
            RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("flashMessage", messages.getMessage("token.revoked", null, locale));
        if (username != null && !username.isBlank()) {
            redirect.addAttribute("username", username.strip());
        }
        return "redirect:/admin/tokens";
    }
}
