package org.borderliaison.security.web;

import java.util.Locale;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.shared.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The access log for administrators: newest first, filtered by user, event and days; the pages keep the filter. */
@Controller
class AccessLogController {

    private static final int PAGE_SIZE = 50;

    private final AccessLog accessLog;
    private final AccessLogRows rows;

    AccessLogController(AccessLog accessLog, AccessLogRows rows) {
        this.accessLog = accessLog;
        this.rows = rows;
    }

    @ModelAttribute("events")
    AccessEvent[] events() {
        return AccessEvent.values();
    }

    @GetMapping("/admin/access-log")
    String list(@ModelAttribute("filter") AccessLogFilterForm filter, BindingResult binding,
            @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        // A malformed value (a date typed wrongly, an unknown event) stays unbound: shown beside its field, not applied.
        model.addAttribute("page", Paging.forList(page, PAGE_SIZE, Sort.unsorted(),
                pageable -> accessLog.search(filter.filter(), pageable), model).map(entry -> rows.of(entry, locale)));
        model.addAttribute("baseUrl", ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").replaceQueryParam("after")
                .replaceQueryParam("before").build().toUriString());
        return "security/access-log";
    }
}
