package org.borderliaison.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Locale;
import org.borderliaison.security.domain.SignInThrottles;
import org.borderliaison.shared.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see the sign-in throttles now counting or refusing, and lift one. */
@Controller
@RequestMapping("/admin/throttles")
class ThrottleAdminController {

    private static final int PAGE_SIZE = 50;

    private final SignInThrottles throttles;
    private final MessageSource messages;

    ThrottleAdminController(SignInThrottles throttles, MessageSource messages) {
        this.throttles = throttles;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        model.addAttribute("page", Paging.forList(page, PAGE_SIZE, Sort.unsorted(), throttles::current, model));
        model.addAttribute("now", Instant.now());
        model.addAttribute("baseUrl", request.getContextPath() + "/admin/throttles");
        return "security/throttles";
    }

    @PostMapping("/lift")
    String lift(@RequestParam String key, Locale locale, RedirectAttributes redirect) {
        throttles.lift(key);
        redirect.addFlashAttribute("flashMessage", messages.getMessage("throttle.lifted", null, locale));
        return "redirect:/admin/throttles";
    }
}
