package org.borderliaison.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.report.Summary;
import org.borderliaison.report.SummaryService;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.document.Confidentiality;
import org.borderliaison.shared.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The summary page: the selectors and, once an agency is chosen (the user's own by default), the summary. */
@Controller
class SummaryWebController {

    private final SummaryService summaries;
    private final Agencies agencies;
    private final SummaryViews views;
    private final SummaryHeadings headings;
    private final Clock clock;

    SummaryWebController(SummaryService summaries, Agencies agencies, SummaryViews views, SummaryHeadings headings, Clock clock) {
        this.summaries = summaries;
        this.agencies = agencies;
        this.views = views;
        this.headings = headings;
        this.clock = clock;
    }

    @GetMapping("/reports/summary")
    String summary(@Valid @ModelAttribute("form") SummaryForm form, BindingResult result, Model model, Locale locale) {
        if (form.getAgencyId() == null) {
            form.setAgencyId(CurrentUser.require().agencyId());
        }
        Summary[] summary = new Summary[1];
        // A date that does not parse leaves its field empty with its error; the summary is not shown then.
        if (!result.hasErrors() && FormErrors.attempt(result, () -> summary[0] = summaries.summarise(form.toQuery()))) {
            model.addAllAttributes(views.model(summary[0], locale, false, form.document()));
            form.setFrom(summary[0].period().from());
            form.setTo(summary[0].period().to());
            form.show(headings.withDefaults(summary[0], form.document()));
        }
        model.addAttribute("format", new SummaryFormat(locale));
        model.addAttribute("printedOn", LocalDate.now(clock));
        model.addAttribute("partnerCountries", Arrays.stream(Country.values()).filter(Country::isForeign).toList());
        model.addAttribute("vietnam", Country.VN);
        model.addAttribute("confidentialities", Confidentiality.values());
        model.addAttribute("labels", agencies.pickerLabels(Stream.of(form.getAgencyId(), form.getPartnerAgencyId())
                .filter(Objects::nonNull).toList()));
        return "report/summary";
    }
}
