package org.borderliaison.meeting.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.RecordHistory;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementSummary;
import org.borderliaison.agreement.Agreements;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.domain.AgreementRelation;
import org.borderliaison.meeting.domain.DueFollowUp;
import org.borderliaison.meeting.domain.FollowUpStatus;
import org.borderliaison.meeting.domain.Meeting;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.meeting.domain.MeetingStatus;
import org.borderliaison.meeting.domain.MeetingSummary;
import org.borderliaison.meeting.domain.MeetingView;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.StaleVersionException;
import org.borderliaison.shared.web.AddAnother;
import org.borderliaison.shared.web.FormErrors;
import org.borderliaison.shared.web.Paging;
import org.borderliaison.shared.web.RelatedRecords;
import org.borderliaison.shared.web.RowTexts;
import org.borderliaison.shared.web.FormRows;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Meeting pages: the list with filters, the detail with history, the forms, and the follow-ups due. */
@Controller
@RequestMapping("/meetings")
class MeetingWebController {

    static final int PAGE_SIZE = 20;
    private static final int FOLLOW_UPS_SHOWN = 500;

    private final MeetingService service;
    private final Agencies agencies;
    private final RecordHistory history;
    private final Agreements agreements;
    private final MessageSource messages;
    private final List<RelatedRecords> related;

    MeetingWebController(MeetingService service, Agencies agencies, Agreements agreements, RecordHistory history,
            MessageSource messages, List<RelatedRecords> related) {
        this.related = related;
        this.service = service;
        this.agencies = agencies;
        this.agreements = agreements;
        this.history = history;
        this.messages = messages;
    }

    @ModelAttribute("kinds")
    MeetingKind[] kinds() {
        return MeetingKind.values();
    }

    @ModelAttribute("fields")
    CooperationField[] fields() {
        return CooperationField.values();
    }

    // ---- list and detail

    @GetMapping
    String list(@ModelAttribute("filter") MeetingQuery query, BindingResult result, @RequestParam(defaultValue = "0") int page,
            Model model) {
        // A filter that does not parse (31/02/2024) stays unset: the list shows the error and ignores that filter.
        Page<MeetingSummary> meetings = Paging.forList(page, PAGE_SIZE, query.toSort(),
                pageable -> service.list(query.toFilter(agencies), pageable), model);
        model.addAttribute("page", meetings);
        model.addAttribute("rows", MeetingListRow.of(meetings.getContent(), RowTexts.of(messages)));
        model.addAttribute("baseUrl", "/meetings?" + orEmpty(query.queryString(query.getSort())));
        model.addAttribute("sortDateUrl", "/meetings?" + query.queryString("-date".equals(query.getSort()) ? "date" : "-date"));
        model.addAttribute("sortKindUrl", "/meetings?" + query.queryString("kind".equals(query.getSort()) ? "-kind" : "kind"));
        model.addAttribute("partnerCountries", Arrays.stream(Country.values()).filter(Country::isForeign).toList());
        model.addAttribute("statuses", MeetingStatus.values());
        model.addAttribute("vietnam", Country.VN);
        model.addAttribute("labels", agencies.pickerLabels(Stream.of(query.getPartnerAgencyId(), query.getOurAgencyId())
                .filter(Objects::nonNull).toList()));
        return "meeting/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        MeetingView meeting = service.get(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("history", history.of(Meeting.class, id));
        model.addAttribute("related", RelatedRecords.collect(related, RelatedRecords.MEETING, id));
        model.addAttribute("attachments", service.attachmentCard(id));
        return "meeting/detail";
    }

    // ---- create and edit

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String createForm(@RequestParam(required = false) Long copyOf, Model model) {
        // A copy is read through the service, so a meeting outside the scope is a 404 here as on its page.
        MeetingForm form = copyOf != null ? MeetingForm.copyOf(service.get(copyOf))
                : MeetingForm.startingWith(agencies.find(CurrentUser.require().agencyId()).orElse(null));
        return showForm(form, null, model);
    }

    @PostMapping(value = "/new", params = FormRows.ADD)
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String createAddRow(@ModelAttribute("form") MeetingForm form, @RequestParam(FormRows.ADD) String list, Model model) {
        FormRows.add(form, list);
        return showForm(form, null, model);
    }

    @PostMapping(value = "/new", params = FormRows.REMOVE)
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String createRemoveRow(@ModelAttribute("form") MeetingForm form, @RequestParam(FormRows.REMOVE) String row, Model model) {
        FormRows.remove(form, row);
        return showForm(form, null, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
            @RequestParam(name = AddAnother.PARAM, required = false) String another, Model model, RedirectAttributes redirect) {
        MeetingView[] saved = new MeetingView[1];
        if (!save(form, result, () -> saved[0] = service.create(form.details()))) {
            return showForm(form, null, model);
        }
        return AddAnother.redirect(another, "/meetings", saved[0].id(), "meeting", messages, redirect);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String editForm(@PathVariable long id, Model model) {
        MeetingView meeting = service.get(id);
        if (!meeting.editable()) {
            throw new AccessDeniedException("meeting " + id + " is not editable by this user");
        }
        return showForm(MeetingForm.of(meeting), id, model);
    }

    @PostMapping(value = "/{id}/edit", params = FormRows.ADD)
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String editAddRow(@PathVariable long id, @ModelAttribute("form") MeetingForm form, @RequestParam(FormRows.ADD) String list,
            Model model) {
        service.get(id);
        FormRows.add(form, list);
        return showForm(form, id, model);
    }

    @PostMapping(value = "/{id}/edit", params = FormRows.REMOVE)
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String editRemoveRow(@PathVariable long id, @ModelAttribute("form") MeetingForm form, @RequestParam(FormRows.REMOVE) String row,
            Model model) {
        service.get(id);
        FormRows.remove(form, row);
        return showForm(form, id, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        service.get(id); // a meeting outside the scope is a 404 before the form is checked
        if (form.getVersion() == null) {
            result.rejectValue("version", "NotNull");
        }
        if (!save(form, result, () -> service.update(id, FormErrors.version(form.getVersion()), form.details()))) {
            return showForm(form, id, model);
        }
        redirect.addFlashAttribute("flashMessage", text("common.saved"));
        return "redirect:/meetings/" + id;
    }

    /**
     * Saves when the form is valid. Empty rows are dropped only then, so that bean-validation errors keep
     * pointing at the rows the user sees; the service's refusals are moved onto the form's field names.
     */
    private static boolean save(MeetingForm form, BindingResult result, Runnable action) {
        if (result.hasErrors()) {
            return false;
        }
        form.dropEmptyRows();
        return FormErrors.attempt(result, () -> {
            try {
                action.run();
            } catch (BusinessRuleException refusal) {
                throw form.onFormFields(refusal);
            }
        });
    }

    private String showForm(MeetingForm form, Long id, Model model) {
        form.keepAnAgencyRowEachSide();
        model.addAttribute("form", form);
        model.addAttribute("meetingId", id);
        model.addAttribute("countries", Country.values());
        model.addAttribute("gates", agencies.borderGates());
        model.addAttribute("followUpStatuses", FollowUpStatus.values());
        model.addAttribute("vietnam", Country.VN);
        model.addAttribute("labels", agencies.pickerLabels(form.agencyIds()));
        model.addAttribute("relations", AgreementRelation.values());
        model.addAttribute("agreementKinds", AgreementKind.values());
        model.addAttribute("agreementLabels", agreements.findAll(form.agreementIds()).values().stream()
                .collect(Collectors.toMap(AgreementSummary::id, AgreementSummary::label)));
        return "meeting/form";
    }

    // ---- cancel, delete, follow-ups

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String cancel(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        attempt(redirect, () -> service.cancel(id, version, reason), "meeting.cancelled");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        return attempt(redirect, () -> service.delete(id), "meeting.deleted") ? "redirect:/meetings" : "redirect:/meetings/" + id;
    }

    @GetMapping("/follow-ups")
    String followUps(Model model) {
        List<DueFollowUp> due = service.dueFollowUps(FOLLOW_UPS_SHOWN);
        model.addAttribute("followUps", due);
        // the page shows the first FOLLOW_UPS_SHOWN; the count (and the export) covers them all
        model.addAttribute("followUpCount", due.size() < FOLLOW_UPS_SHOWN ? due.size() : service.countDueFollowUps());
        model.addAttribute("warningDays", MeetingService.FOLLOW_UP_WARNING_DAYS);
        return "meeting/follow-ups";
    }

    /** Marks a follow-up done, from the follow-up list or the meeting's page ({@code back} says which). */
    @PostMapping("/{id}/follow-ups/{index}/done")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String followUpDone(@PathVariable long id, @PathVariable int index, @RequestParam long version,
            @RequestParam(defaultValue = "meeting") String back, RedirectAttributes redirect) {
        attempt(redirect, () -> service.setFollowUpStatus(id, version, index, FollowUpStatus.DONE), "meeting.followUpDone");
        return "list".equals(back) ? "redirect:/meetings/follow-ups" : "redirect:/meetings/" + id;
    }

    /** Runs a one-button command; a refusal (a rule, a stale version) comes back as a warning on the next page. */
    private boolean attempt(RedirectAttributes redirect, Runnable action, String doneKey) {
        try {
            action.run();
            redirect.addFlashAttribute("flashMessage", text(doneKey));
            return true;
        } catch (BusinessRuleException refusal) {
            redirect.addFlashAttribute("flashWarning", messages.getMessage(refusal.messageKey(), refusal.arguments(),
                    refusal.messageKey(), LocaleContextHolder.getLocale()));
        } catch (StaleVersionException | OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashWarning", text(FormErrors.STALE_VERSION));
        }
        return false;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

}
