package org.borderliaison.handover.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.BorderGateView;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.RecordHistory;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.handover.LegalBasisKind;
import org.borderliaison.handover.Sex;
import org.borderliaison.handover.domain.Handover;
import org.borderliaison.handover.domain.HandoverFilter;
import org.borderliaison.handover.domain.HandoverService;
import org.borderliaison.handover.domain.PersonListImport;
import org.borderliaison.shared.web.AddAnother;
import org.borderliaison.shared.web.FormErrors;
import org.borderliaison.shared.web.FormRows;
import org.borderliaison.shared.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Handover pages: list with filters, detail with the persons (for those allowed) and history, form, CSV upload. */
@Controller
@RequestMapping("/handovers")
class HandoverWebController {

    private static final int PAGE_SIZE = 25;

    private final HandoverService service;
    private final Agencies agencies;
    private final RecordHistory history;
    private final MessageSource messages;
    private final HandoverLinkViews links;

    HandoverWebController(HandoverService service, Agencies agencies, RecordHistory history, MessageSource messages,
            HandoverLinkViews links) {
        this.links = links;
        this.service = service;
        this.agencies = agencies;
        this.history = history;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("directions", HandoverDirection.values());
        model.addAttribute("categories", HandoverCategory.values());
        model.addAttribute("legalBasisKinds", LegalBasisKind.values());
        model.addAttribute("countries", Country.values());
        model.addAttribute("sexes", Sex.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) HandoverDirection direction, @RequestParam(required = false) HandoverCategory category,
            @RequestParam(required = false) Country partnerCountry, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page, Model model) {
        HandoverFilter filter = new HandoverFilter(direction, category, partnerCountry, null, from, to);
        Page<Handover> results = Paging.forList(page, PAGE_SIZE, Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id")),
                pageable -> service.search(filter, pageable), model);
        model.addAttribute("filter", filter);
        model.addAttribute("results", results);
        model.addAttribute("agencies", agencies.findAll(agencyIds(results.getContent())));
        model.addAttribute("gatesById", gatesById(agencies.borderGates()));
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/handovers")
                .queryParamIfPresent("direction", java.util.Optional.ofNullable(direction))
                .queryParamIfPresent("category", java.util.Optional.ofNullable(category))
                .queryParamIfPresent("partnerCountry", java.util.Optional.ofNullable(partnerCountry))
                .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(to)).build().toUriString());
        return "handover/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Handover handover = service.get(id);
        model.addAttribute("handover", handover);
        model.addAttribute("agencies", agencies.findAll(agencyIds(List.of(handover))));
        model.addAttribute("gate", gate(handover.getBorderGateId()));
        model.addAttribute("persons", service.persons(handover, "page").orElse(null));
        model.addAttribute("mayEdit", service.mayEdit(handover));
        model.addAttribute("history", history.of(Handover.class, id));
        model.addAttribute("linkedCase", links.linkedCase(handover.getCaseId()));
        model.addAttribute("legalBasisAgreement", links.legalBasis(handover.getLegalBasisAgreementId()));
        model.addAttribute("legalBasisText", LegalBasisText.of(messages, LocaleContextHolder.getLocale(), handover.getLegalBasisKind(),
                handover.getLegalBasisReference()));
        model.addAttribute("representatives", handover.representatives());
        model.addAttribute("attachments", service.attachmentCard(id));
        return "handover/detail";
    }

    /** Options of the form's case picker: visible cases matching what was typed. */
    @GetMapping("/picker/cases")
    String caseOptions(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", links.caseOptions(q));
        return "fragments/links :: options";
    }

    /** Options of the form's legal-basis agreement picker: visible agreements matching what was typed. */
    @GetMapping("/picker/agreements")
    String agreementOptions(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", links.agreementOptions(q));
        return "fragments/links :: options";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String createForm(@RequestParam(required = false) Long copyOf, Model model) {
        if (copyOf != null) {
            return showForm(HandoverForm.copyOf(service.get(copyOf)), null, model); // read within the scope: else a 404
        }
        HandoverForm form = new HandoverForm();
        form.setDirection(HandoverDirection.HANDED_OVER);
        return showForm(form, null, model);
    }

    @PostMapping(path = "/new", params = FormRows.ADD)
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String createAddRow(@ModelAttribute("form") HandoverForm form, @RequestParam(FormRows.ADD) String list, Model model) {
        FormRows.add(form, list);
        return showForm(form, null, model);
    }

    @PostMapping(path = "/new", params = FormRows.REMOVE)
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String createRemoveRow(@ModelAttribute("form") HandoverForm form, @RequestParam(FormRows.REMOVE) String row, Model model) {
        FormRows.remove(form, row);
        return showForm(form, null, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String create(@Valid @ModelAttribute("form") HandoverForm form, BindingResult result,
            @RequestParam(name = AddAnother.PARAM, required = false) String another, Model model, RedirectAttributes redirect) {
        Handover[] created = new Handover[1];
        if (result.hasErrors() || !FormErrors.attempt(result, () -> created[0] = service.create(form.details()))) {
            return showForm(form, null, model);
        }
        return AddAnother.redirect(another, "/handovers", created[0].getId(), "handover", messages, redirect);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String editForm(@PathVariable long id, Model model) {
        Handover handover = service.get(id);
        return showForm(HandoverForm.of(handover, service.persons(handover, "form").orElse(List.of())), id, model);
    }

    @PostMapping(path = "/{id}/edit", params = FormRows.ADD)
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String editAddRow(@PathVariable long id, @ModelAttribute("form") HandoverForm form, @RequestParam(FormRows.ADD) String list,
            Model model) {
        service.get(id);
        FormRows.add(form, list);
        return showForm(form, id, model);
    }

    @PostMapping(path = "/{id}/edit", params = FormRows.REMOVE)
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String editRemoveRow(@PathVariable long id, @ModelAttribute("form") HandoverForm form, @RequestParam(FormRows.REMOVE) String row,
            Model model) {
        service.get(id);
        FormRows.remove(form, row);
        return showForm(form, id, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") HandoverForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        service.get(id); // a handover outside the scope is a 404 before the form is checked
        if (result.hasErrors() || !FormErrors.attempt(result, () -> service.update(id, FormErrors.version(form.getVersion()), form.details()))) {
            return showForm(form, id, model);
        }
        redirect.addFlashAttribute("flashMessage", text("common.saved"));
        return "redirect:/handovers/" + id;
    }

    @GetMapping("/{id}/persons/upload")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String uploadForm(@PathVariable long id, Model model) {
        model.addAttribute("handover", service.get(id));
        return "handover/upload";
    }

    @PostMapping("/{id}/persons/upload")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String upload(@PathVariable long id, @RequestParam long version, @RequestParam("file") MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        PersonListImport result = service.importPersons(id, version, file.getBytes());
        if (!result.accepted()) {
            model.addAttribute("handover", service.get(id));
            model.addAttribute("refused", result.errors());
            model.addAttribute("fileName", file.getOriginalFilename());
            return "handover/upload";
        }
        redirect.addFlashAttribute("flashMessage", messages.getMessage("handover.csv.imported",
                new Object[] {result.persons().size()}, LocaleContextHolder.getLocale()));
        return "redirect:/handovers/" + id;
    }

    private String showForm(HandoverForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("handoverId", id);
        model.addAttribute("gates", agencies.borderGates());
        Set<Long> chosen = new HashSet<>();
        if (form.getOurAgencyId() != null) {
            chosen.add(form.getOurAgencyId());
        }
        if (form.getPartnerAgencyId() != null) {
            chosen.add(form.getPartnerAgencyId());
        }
        model.addAttribute("pickerLabels", agencies.pickerLabels(chosen));
        model.addAttribute("caseLabel", HandoverLinkViews.label(links.linkedCase(form.getCaseId()), form.getCaseId()));
        model.addAttribute("agreementLabel",
                HandoverLinkViews.label(links.legalBasis(form.getLegalBasisAgreementId()), form.getLegalBasisAgreementId()));
        return "handover/form";
    }

    private BorderGateView gate(Long id) {
        return id == null ? null : agencies.findBorderGate(id).orElse(null);
    }

    static Set<Long> agencyIds(List<Handover> handovers) {
        return handovers.stream().flatMap(h -> java.util.stream.Stream.of(h.getOurAgencyId(), h.getPartnerAgencyId()))
                .collect(Collectors.toSet());
    }

    static Map<Long, BorderGateView> gatesById(List<BorderGateView> gates) {
        return gates.stream().collect(Collectors.toMap(BorderGateView::id, Function.identity()));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
