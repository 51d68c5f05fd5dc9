package org.borderliaison.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.shared.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The access log for administrators: newest first, optionally for one username. */
@Controller
class AccessLogController {

    private static final int PAGE_SIZE = 50;

    private final AccessLog accessLog;

    AccessLogController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/admin/access-log")
    String list(@RequestParam(required = false) String username, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        String user = username == null || username.isBlank() ? null : username.strip();
        model.addAttribute("username", user);
        model.addAttribute("page", Paging.forList(page, PAGE_SIZE, Sort.unsorted(), pageable -> accessLog.recent(user, pageable), model));
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath(request.getContextPath() + "/admin/access-log")
                .queryParamIfPresent("username", Optional.ofNullable(user)).encode().build().toUriString());
        return "security/access-log";
    }
}
