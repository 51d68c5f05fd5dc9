package org.borderliaison.meeting.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.domain.MonthlyTallies;
import org.borderliaison.meeting.domain.TallyEntry;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.web.FormErrors;
import org.borderliaison.shared.web.FormRows;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monthly tally grid (nhập số liệu theo tháng): pick our agency, a month and letters or hotline, type one count per
 * partner agency, save once. The rules are {@link MonthlyTallies}'s; this page shows them and keeps what was typed.
 */
@Controller
@RequestMapping("/meetings/tallies")
@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
class TallyWebController {

    private final MonthlyTallies tallies;
    private final Agencies agencies;
    private final MessageSource messages;
    private final Clock clock;

    TallyWebController(MonthlyTallies tallies, Agencies agencies, MessageSource messages, Clock clock) {
        this.tallies = tallies;
        this.agencies = agencies;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Rows are bound from the grid's own form only: a GET names the heading, and a value for a row itself ({@code
     * rows[3]=x}, never sent by the page) is not bound at all.
     */
    @InitBinder("form")
    void rowsFromTheGridOnly(WebDataBinder binder, HttpServletRequest request) {
        binder.setDisallowedFields("GET".equals(request.getMethod()) ? new String[] {"rows*"} : new String[] {"rows[*]"});
    }

    /**
     * The grid of the agency, month and kind asked for; without them, of the user's own agency (when it is one of ours),
     * last month, letters. A heading that does not hold shows its error and no grid.
     */
    @GetMapping
    String grid(@ModelAttribute("form") TallyForm form, BindingResult result, Model model) {
        if (form.getAgencyId() == null && form.getMonth() == null && form.getKind() == null && !result.hasErrors()) {
            agencies.find(CurrentUser.require().agencyId()).filter(agency -> agency.country() == Country.VN)
                    .ifPresent(agency -> form.setAgencyId(agency.id()));
            form.setMonth(YearMonth.now(clock).minusMonths(1).format(TallyForm.MONTH));
            form.setKind(MeetingKind.LETTER_EXCHANGE);
            if (form.getAgencyId() == null) {
                return show(form, false, model);
            }
        }
        form.getRows().clear();
        if (result.hasErrors()) {
            return show(form, false, model);
        }
        TallyForm[] read = new TallyForm[1];
        boolean shown = FormErrors.attempt(result, () -> read[0] = TallyForm.of(tallies.grid(form.getAgencyId(), form.yearMonth(),
                form.getKind())));
        return show(shown ? read[0] : form, shown, model);
    }

    @PostMapping(params = FormRows.ADD)
    String addRow(@ModelAttribute("form") TallyForm form, @RequestParam(FormRows.ADD) String list, Model model) {
        FormRows.add(form, list);
        return show(form, true, model);
    }

    @PostMapping
    String save(@ModelAttribute("form") TallyForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(form, true, model);
        }
        TallyEntry.Outcome[] outcome = new TallyEntry.Outcome[1];
        if (!FormErrors.attempt(result, () -> outcome[0] = tallies.save(form.entry(), text("tally.cancelReason")))) {
            return show(form, true, model);
        }
        redirect.addFlashAttribute("flashMessage", messages.getMessage("tally.saved",
                new Object[] {outcome[0].created(), outcome[0].updated(), outcome[0].cancelled()}, LocaleContextHolder.getLocale()));
        return "redirect:/meetings/tallies?" + form.query();
    }

    private String show(TallyForm form, boolean gridShown, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("gridShown", gridShown);
        model.addAttribute("kinds", MonthlyTallies.KINDS);
        model.addAttribute("vietnam", Country.VN);
        model.addAttribute("maxCount", MonthlyTallies.MAX_COUNT);
        var ids = Stream.concat(Stream.of(form.getAgencyId()), form.getRows().stream().filter(Objects::nonNull)
                .map(TallyForm.TallyRow::getPartnerAgencyId)).filter(Objects::nonNull).collect(Collectors.toSet());
        var found = new java.util.HashMap<>(agencies.findAll(ids)); // map lookups by a null id answer null
        model.addAttribute("names", found);
        model.addAttribute("labels", found.values().stream().collect(Collectors.toMap(AgencyView::id, AgencyView::pickerLabel)));
        model.addAttribute("monthShown", monthShown(form));
        return "meeting/tallies";
    }

    /** The month of the grid as the heading shows it, or null when it does not parse. */
    private static String monthShown(TallyForm form) {
        try {
            YearMonth month = form.yearMonth();
            return month == null ? null : month.format(TallyForm.MONTH);
        } catch (BusinessRuleException unparsable) {
            return null;
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
