package org.borderliaison.patrol.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.RecordHistory;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.PatrolView;
import org.borderliaison.patrol.domain.Patrol;
import org.borderliaison.patrol.domain.PatrolService;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.web.AddAnother;
import org.borderliaison.shared.web.FormErrors;
import org.borderliaison.shared.web.Paging;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Patrol pages: the list with filters, a patrol's detail with its history, and the officers' form. */
@Controller
@RequestMapping("/patrols")
class PatrolWebController {

    private static final int PAGE_SIZE = 20;

    private final PatrolService service;
    private final Agencies agencies;
    private final PatrolAgencies patrolAgencies;
    private final RecordHistory history;
    private final MessageSource messages;
    private final List<RelatedRecords> related;

    PatrolWebController(PatrolService service, Agencies agencies, PatrolAgencies patrolAgencies, RecordHistory history,
            MessageSource messages, List<RelatedRecords> related) {
        this.service = service;
        this.agencies = agencies;
        this.patrolAgencies = patrolAgencies;
        this.history = history;
        this.messages = messages;
        this.related = related;
    }

    @ModelAttribute("kinds")
    PatrolKind[] kinds() {
        return PatrolKind.values();
    }

    @GetMapping
    String list(@ModelAttribute("filter") PatrolFilter filter, BindingResult binding, @RequestParam(defaultValue = "0") int page,
            Model model) {
        // A malformed filter value (a date typed wrongly) is shown beside the filter and otherwise ignored.
        PatrolFilter usable = binding.hasErrors() ? new PatrolFilter() : filter;
        Page<PatrolView> patrols = Paging.forList(page, PAGE_SIZE, PatrolSort.named(filter.getSort()).sort(),
                pageable -> service.search(usable.search(), pageable), model).map(Patrol::toView);
        model.addAttribute("patrols", patrols);
        model.addAttribute("agencies", patrolAgencies.of(patrols.getContent()));
        model.addAttribute("sorts", PatrolSort.values());
        model.addAttribute("ourAgencyLabel", label(filter.getOurAgencyId()));
        model.addAttribute("partnerAgencyLabel", label(filter.getPartnerAgencyId()));
        model.addAttribute("baseUrl", ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").replaceQueryParam("after")
                .replaceQueryParam("before").build().toUriString());
        return "patrol/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        PatrolView patrol = service.get(id).toView();
        model.addAttribute("patrol", patrol);
        model.addAttribute("agencies", patrolAgencies.of(List.of(patrol)));
        model.addAttribute("gate", patrol.borderGateId() == null ? null : agencies.findBorderGate(patrol.borderGateId()).orElse(null));
        model.addAttribute("history", history.of(Patrol.class, id));
        model.addAttribute("related", RelatedRecords.collect(related, RelatedRecords.PATROL, id));
        return "patrol/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String createForm(@RequestParam(required = false) PatrolKind kind, @RequestParam(required = false) Long copyOf, Model model) {
        if (copyOf != null) {
            // "Copy as a new record": the patrol's details, read within the scope, without its version.
            PatrolForm copy = PatrolForm.of(service.get(copyOf).toView());
            copy.setVersion(null);
            return showForm(copy, null, model);
        }
        PatrolForm form = new PatrolForm();
        form.setKind(kind);
        // Officers of a border post log their own post's patrols: start with it chosen.
        CurrentUser.get().flatMap(user -> agencies.find(user.agencyId()))
                .filter(agency -> agency.country() == Country.VN)
                .ifPresent(agency -> form.setOurAgencyId(agency.id()));
        return showForm(form, null, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String create(@Valid @ModelAttribute("form") PatrolForm form, BindingResult result,
            @RequestParam(name = AddAnother.PARAM, required = false) String another, Model model, RedirectAttributes redirect) {
        Patrol[] created = new Patrol[1];
        if (result.hasErrors() || !FormErrors.attempt(result, () -> created[0] = service.create(form.details()))) {
            return showForm(form, null, model);
        }
        return AddAnother.redirect(another, "/patrols", created[0].getId(), "patrol", messages, redirect);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String editForm(@PathVariable long id, Model model) {
        return showForm(PatrolForm.of(service.get(id).toView()), id, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") PatrolForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        service.get(id); // an invisible patrol is a 404 before anything is checked
        if (result.hasErrors() || !FormErrors.attempt(result, () -> service.update(id, FormErrors.version(form.getVersion()), form.details()))) {
            return showForm(form, id, model);
        }
        redirect.addFlashAttribute("flashMessage", text("common.saved"));
        return "redirect:/patrols/" + id;
    }

    private String showForm(PatrolForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("patrolId", id);
        model.addAttribute("gates", agencies.borderGates());
        Map<Long, String> labels = agencies.pickerLabels(java.util.Arrays.asList(form.getOurAgencyId(), form.getPartnerAgencyId()));
        model.addAttribute("ourAgencyLabel", form.getOurAgencyId() == null ? "" : labels.getOrDefault(form.getOurAgencyId(), ""));
        model.addAttribute("partnerAgencyLabel", form.getPartnerAgencyId() == null ? "" : labels.getOrDefault(form.getPartnerAgencyId(), ""));
        return "patrol/form";
    }

    private String label(Long agencyId) {
        return agencyId == null ? "" : agencies.find(agencyId).map(AgencyView::pickerLabel).orElse("");
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
