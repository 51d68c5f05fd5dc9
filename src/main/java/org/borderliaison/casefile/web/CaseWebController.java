package org.borderliaison.casefile.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.Country;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.casefile.CaseStatus;
import org.borderliaison.casefile.SeizureItem;
import org.borderliaison.casefile.SeizureUnit;
import org.borderliaison.casefile.domain.CaseCommand;
import org.borderliaison.casefile.domain.CaseFile;
import org.borderliaison.casefile.domain.CaseFileService;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.web.AddAnother;
import org.borderliaison.shared.web.FormErrors;
import org.borderliaison.shared.web.FormRows;
import org.borderliaison.shared.web.Paging;
import org.borderliaison.shared.web.RelatedRecord;
import org.borderliaison.shared.web.RelatedRecords;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
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

/** Case pages: list with filters, sort and paging; detail with status steps, seizures and history; create/edit. */
@Controller
@RequestMapping("/cases")
class CaseWebController {

    private static final String WRITERS = "hasAnyRole('OFFICER','ADMIN')";
    private static final int PAGE_SIZE = 20;

    private final CaseFileService service;
    private final Agencies agencies;
    private final CaseLinkViews links;
    private final List<RelatedRecords> related;
    private final MessageSource messages;

    CaseWebController(CaseFileService service, Agencies agencies, CaseLinkViews links, List<RelatedRecords> related,
            MessageSource messages) {
        this.service = service;
        this.agencies = agencies;
        this.links = links;
        this.related = related;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("items", SeizureItem.values());
        model.addAttribute("units", SeizureUnit.values());
    }

    @GetMapping
    String list(@ModelAttribute("params") CaseListParams params, BindingResult result, Model model) {
        // A filter that did not parse (a mistyped date) is shown as an error and left out of the search.
        Page<CaseFile> page = Paging.forList(params.getPage(), PAGE_SIZE, CaseListing.sort(params.getSort()),
                pageable -> service.search(params.filter(), pageable), model);
        model.addAttribute("page", page);
        model.addAttribute("agencies", CaseListing.agencies(agencies, page.getContent(), false));
        model.addAttribute("pageUrl", params.url());
        model.addAttribute("sorts", CaseListing.SORTABLE.stream().flatMap(p -> java.util.stream.Stream.of(p + ",desc", p + ",asc")).toList());
        model.addAttribute("partnerCountries", List.of(Country.CN, Country.LA, Country.KH));
        model.addAttribute("vietnam", Country.VN);
        model.addAttribute("agencyLabels", agencies.pickerLabels(java.util.Arrays.asList(params.getLeadAgencyId(), params.getPartnerAgencyId())));
        return "casefile/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        CaseFile caseFile = service.get(id);
        model.addAttribute("c", caseFile);
        model.addAttribute("agencies", CaseListing.agencies(agencies, List.of(caseFile), true));
        model.addAttribute("canEdit", mayWrite() && service.editable(caseFile));
        model.addAttribute("history", service.history(id));
        List<RelatedRecord> linked = links.linkedTo(caseFile);
        model.addAttribute("linked", linked);
        model.addAttribute("hiddenLinks", links.hidden(caseFile, linked));
        model.addAttribute("related", RelatedRecords.collect(related, RelatedRecords.CASE, id));
        model.addAttribute("attachments", service.attachmentCard(id));
        return "casefile/detail";
    }

    /** Options of the form's patrol pickers: visible patrols matching what was typed. */
    @GetMapping("/picker/patrols")
    String patrolOptions(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", links.patrolOptions(q));
        return "fragments/links :: options";
    }

    /** Options of the form's meeting pickers: visible meetings matching what was typed. */
    @GetMapping("/picker/meetings")
    String meetingOptions(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", links.meetingOptions(q));
        return "fragments/links :: options";
    }

    /** Options of the form's agreement pickers: visible agreements matching what was typed. */
    @GetMapping("/picker/agreements")
    String agreementOptions(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", links.agreementOptions(q));
        return "fragments/links :: options";
    }

    @GetMapping("/new")
    @PreAuthorize(WRITERS)
    String createForm(@RequestParam(required = false) Long copyOf, Model model) {
        if (copyOf != null) {
            return showForm(CaseForm.copyOf(service.get(copyOf), service.today()), null, model); // read within the scope: else a 404
        }
        CaseForm form = new CaseForm();
        form.setOpenedOn(service.today());
        return showForm(form, null, model);
    }

    @PostMapping("/new")
    @PreAuthorize(WRITERS)
    String create(@Valid @ModelAttribute("form") CaseForm form, BindingResult result,
            @RequestParam(name = AddAnother.PARAM, required = false) String another, Model model, RedirectAttributes redirect) {
        CaseCommand command = result.hasErrors() ? null : form.command(result);
        CaseFile[] created = new CaseFile[1];
        if (command == null || !FormErrors.attempt(result, () -> created[0] = service.create(command))) {
            return showForm(form, null, model);
        }
        return AddAnother.redirect(another, "/cases", created[0].getId(), "case", messages, redirect);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(WRITERS)
    String editForm(@PathVariable long id, Model model) {
        return showForm(CaseForm.of(service.get(id)), id, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(WRITERS)
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") CaseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        service.get(id);
        CaseCommand command = result.hasErrors() ? null : form.command(result);
        if (command == null || !FormErrors.attempt(result, () -> service.update(id, FormErrors.version(form.getVersion()), command))) {
            return showForm(form, id, model);
        }
        redirect.addFlashAttribute("flashMessage", text("case.updated"));
        return "redirect:/cases/" + id;
    }

    /** Adds a row to the new or edited case's form: nothing is validated or saved, everything typed comes back. */
    @PostMapping(path = {"/new", "/{id}/edit"}, params = FormRows.ADD)
    @PreAuthorize(WRITERS)
    String addRow(@PathVariable(required = false) Long id, @ModelAttribute("form") CaseForm form, BindingResult ignored,
            @RequestParam(FormRows.ADD) String list, Model model) {
        if (id != null) {
            service.get(id);
        }
        FormRows.add(form, list);
        return showForm(form, id, model);
    }

    @PostMapping(path = {"/new", "/{id}/edit"}, params = FormRows.REMOVE)
    @PreAuthorize(WRITERS)
    String removeRow(@PathVariable(required = false) Long id, @ModelAttribute("form") CaseForm form, BindingResult ignored,
            @RequestParam(FormRows.REMOVE) String row, Model model) {
        if (id != null) {
            service.get(id);
        }
        FormRows.remove(form, row);
        return showForm(form, id, model);
    }

    private String showForm(CaseForm form, Long id, Model model) {
        List<Long> ids = new ArrayList<>();
        ids.add(form.getLeadAgencyId());
        form.getPartners().forEach(partner -> ids.add(partner.getAgencyId()));
        model.addAttribute("form", form);
        model.addAttribute("caseId", id);
        model.addAttribute("agencyLabels", agencies.pickerLabels(ids.stream().filter(Objects::nonNull).toList()));
        model.addAttribute("vietnam", Country.VN);
        model.addAttribute("patrolLabels", links.patrolLabels(nonNull(LinkRow.ids(form.getPatrols()))));
        model.addAttribute("meetingLabels", links.meetingLabels(nonNull(LinkRow.ids(form.getMeetings()))));
        model.addAttribute("agreementLabels", links.agreementLabels(nonNull(LinkRow.ids(form.getAgreements()))));
        return "casefile/form";
    }

    private static List<Long> nonNull(List<Long> ids) {
        return ids.stream().filter(Objects::nonNull).toList();
    }

    private static boolean mayWrite() {
        return CurrentUser.get().map(user -> user.hasRole(Role.OFFICER) || user.hasRole(Role.ADMIN)).orElse(false);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
