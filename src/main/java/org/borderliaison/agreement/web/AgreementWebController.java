package org.borderliaison.agreement.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.agreement.AgreementSummary;
import org.borderliaison.agreement.domain.AgreementCommand;
import org.borderliaison.agreement.domain.AgreementDetail;
import org.borderliaison.agreement.domain.AgreementRow;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.web.AddAnother;
import org.borderliaison.shared.web.FormErrors;
import org.borderliaison.shared.web.Paging;
import org.borderliaison.shared.web.RelatedRecords;
import org.borderliaison.shared.web.FormRows;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** Agreement pages: list with filters, detail, create/edit form, withdraw/terminate/delete, attachments, expiry list. */
@Controller
@RequestMapping("/agreements")
class AgreementWebController {

    private static final String WRITERS = "hasAnyRole('OFFICER','ADMIN')";
    private static final int PAGE_SIZE = 20;
    private static final List<String> SORTABLE = List.of("signedOn", "titleVi", "validTo");

    private final AgreementService service;
    private final Agencies agencies;
    private final MessageSource messages;
    private final List<RelatedRecords> related;

    AgreementWebController(AgreementService service, Agencies agencies, MessageSource messages, List<RelatedRecords> related) {
        this.related = related;
        this.service = service;
        this.agencies = agencies;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", AgreementKind.values());
        model.addAttribute("cooperationFields", CooperationField.values());
    }

    // ---- reading

    @GetMapping
    String list(@ModelAttribute("params") AgreementListParams params, BindingResult result, Model model) {
        // A filter that did not parse (a mistyped date) is shown as an error and left out of the search.
        Page<AgreementRow> page = Paging.forList(params.getPage(), PAGE_SIZE, params.toSort(),
                pageable -> service.search(params.filter(), pageable), model);
        model.addAttribute("page", page);
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("partnerCountries", List.of(Country.CN, Country.LA, Country.KH));
        model.addAttribute("pageUrl", params.url("/agreements", params.getSort()));
        model.addAttribute("sortUrls", sortUrls(params));
        model.addAttribute("agencyLabels", agencies.pickerLabels(java.util.Arrays.asList(params.getPartnerAgencyId(), params.getOurAgencyId())));
        return "agreement/list";
    }

    /** For each sortable column, the list's URL sorted by it: descending first, then toggling. */
    private static Map<String, String> sortUrls(AgreementListParams params) {
        Map<String, String> urls = new java.util.HashMap<>();
        for (String property : SORTABLE) {
            boolean current = property.equals(params.sortProperty());
            String direction = current && !params.sortAscending() ? "asc" : "desc";
            if (!current && "titleVi".equals(property)) {
                direction = "asc";
            }
            urls.put(property, params.url("/agreements", property + "," + direction));
        }
        return urls;
    }

    @GetMapping("/expiring")
    String expiring(Model model) {
        model.addAttribute("rows", service.expiring(500));
        model.addAttribute("today", service.today());
        model.addAttribute("horizonDays", AgreementService.EXPIRY_HORIZON_DAYS);
        return "agreement/expiring";
    }

    /** Options of the "replaces" picker: visible agreements matching what was typed. */
    @GetMapping("/picker")
    String picker(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", service.pick(q, 12));
        return "agreement/picker :: options";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("agreement", service.detail(id));
        model.addAttribute("history", service.history(id));
        model.addAttribute("related", RelatedRecords.collect(related, RelatedRecords.AGREEMENT, id));
        model.addAttribute("attachments", service.attachmentCard(id));
        return "agreement/detail";
    }

    // ---- create and edit

    @GetMapping("/new")
    @PreAuthorize(WRITERS)
    String createForm(@RequestParam(required = false) Long renews, Model model) {
        AgreementForm form = AgreementForm.blank();
        if (renews != null) {
            form = renewalOf(renews);
        }
        return showForm(form, null, null, model);
    }

    /** A renewal starts from the old agreement: same kind, parties and fields, pointing at it; new dates and signatories. */
    private AgreementForm renewalOf(long previousId) {
        AgreementCommand previous = service.commandOf(previousId);
        AgreementForm form = AgreementForm.of(new AgreementCommand(previous.titleVi(), previous.titlePartner(), previous.kind(),
                null, AgreementStatus.DRAFT, null, null, null, null, previous.partyAgencyIds(), List.of(), previous.fields(),
                previousId, null), 0);
        form.setVersion(null);
        return form;
    }

    @PostMapping("/new")
    @PreAuthorize(WRITERS)
    String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
            @RequestParam(name = AddAnother.PARAM, required = false) String another, Model model, RedirectAttributes redirect) {
        long[] created = new long[1];
        if (result.hasErrors() || !FormErrors.attempt(result, () -> created[0] = service.create(form.command()))) {
            return showForm(form, null, null, model);
        }
        return AddAnother.redirect(another, "/agreements", created[0], "agreement", messages, redirect);
    }

    @PostMapping(path = "/new", params = FormRows.ADD)
    @PreAuthorize(WRITERS)
    String addRowToNew(@ModelAttribute("form") AgreementForm form, @RequestParam(FormRows.ADD) String list, Model model) {
        FormRows.add(form, list);
        return showForm(form, null, null, model);
    }

    @PostMapping(path = "/new", params = FormRows.REMOVE)
    @PreAuthorize(WRITERS)
    String removeRowFromNew(@ModelAttribute("form") AgreementForm form, @RequestParam(FormRows.REMOVE) String row, Model model) {
        FormRows.remove(form, row);
        return showForm(form, null, null, model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(WRITERS)
    String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        AgreementDetail agreement = service.detail(id);
        if (!agreement.may().edit()) {
            redirect.addFlashAttribute("flashWarning", text("agreement.error.withdrawnIsClosed"));
            return "redirect:/agreements/" + id;
        }
        return showForm(AgreementForm.of(service.commandOf(id), agreement.version()), id, agreement.storedStatus(), model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(WRITERS)
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors() || !FormErrors.attempt(result, () -> service.update(id, FormErrors.version(form.getVersion()), form.command()))) {
            return showForm(form, id, service.detail(id).storedStatus(), model);
        }
        redirect.addFlashAttribute("flashMessage", text("common.saved"));
        return "redirect:/agreements/" + id;
    }

    @PostMapping(path = "/{id}/edit", params = FormRows.ADD)
    @PreAuthorize(WRITERS)
    String addRowToEdit(@PathVariable long id, @ModelAttribute("form") AgreementForm form, @RequestParam(FormRows.ADD) String list,
            Model model) {
        FormRows.add(form, list);
        return showForm(form, id, service.detail(id).storedStatus(), model);
    }

    @PostMapping(path = "/{id}/edit", params = FormRows.REMOVE)
    @PreAuthorize(WRITERS)
    String removeRowFromEdit(@PathVariable long id, @ModelAttribute("form") AgreementForm form,
            @RequestParam(FormRows.REMOVE) String row, Model model) {
        FormRows.remove(form, row);
        return showForm(form, id, service.detail(id).storedStatus(), model);
    }

    /**
     * The form, with the pickers' labels for the agencies and the replaced agreement already chosen. The
     * status can be chosen while the agreement is new or a draft; afterwards only actions change it.
     */
    private String showForm(AgreementForm form, Long id, AgreementStatus storedStatus, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("agreementId", id);
        model.addAttribute("statusChoices", storedStatus == null || storedStatus == AgreementStatus.DRAFT
                ? List.of(AgreementStatus.DRAFT, AgreementStatus.IN_FORCE) : List.of());
        model.addAttribute("agencyLabels", agencies.pickerLabels(form.agencyIds()));
        model.addAttribute("replacesLabel", form.getReplacesId() == null ? ""
                : service.findSummary(form.getReplacesId()).map(AgreementSummary::label).orElse(""));
        return "agreement/form";
    }

    // ---- withdraw, terminate, delete: each confirmed on its own page

    @GetMapping("/{id}/{action:withdraw|terminate|delete}")
    @PreAuthorize(WRITERS)
    String confirm(@PathVariable long id, @PathVariable String action, Model model) {
        StatusChangeForm form = new StatusChangeForm();
        AgreementDetail agreement = service.detail(id);
        if ("delete".equals(action) && !agreement.may().delete()) {
            throw new AccessDeniedException("only administrators delete agreements");
        }
        form.setVersion(agreement.version());
        if ("terminate".equals(action)) {
            form.setTerminatedOn(service.today());
        }
        return showConfirmation(action, agreement, form, model);
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(WRITERS)
    String withdraw(@PathVariable long id, @ModelAttribute("form") StatusChangeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!FormErrors.attempt(result, () -> service.withdraw(id, FormErrors.version(form.getVersion()), form.getReason()))) {
            return showConfirmation("withdraw", service.detail(id), form, model);
        }
        redirect.addFlashAttribute("flashMessage", text("agreement.withdrawn"));
        return "redirect:/agreements/" + id;
    }

    @PostMapping("/{id}/terminate")
    @PreAuthorize(WRITERS)
    String terminate(@PathVariable long id, @ModelAttribute("form") StatusChangeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()
                || !FormErrors.attempt(result, () -> service.terminate(id, FormErrors.version(form.getVersion()), form.getTerminatedOn(), form.getReason()))) {
            return showConfirmation("terminate", service.detail(id), form, model);
        }
        redirect.addFlashAttribute("flashMessage", text("agreement.terminated"));
        return "redirect:/agreements/" + id;
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable long id, @ModelAttribute("form") StatusChangeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!FormErrors.attempt(result, () -> service.delete(id))) {
            return showConfirmation("delete", service.detail(id), form, model);
        }
        redirect.addFlashAttribute("flashMessage", text("agreement.deleted"));
        return "redirect:/agreements";
    }

    private String showConfirmation(String action, AgreementDetail agreement, StatusChangeForm form, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("agreement", agreement);
        model.addAttribute("form", form);
        return "agreement/confirm";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
