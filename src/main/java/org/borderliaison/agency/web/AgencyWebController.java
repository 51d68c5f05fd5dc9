package org.borderliaison.agency.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.AgencySearch;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.domain.Agency;
import org.borderliaison.agency.AgencyTimeline;
import org.borderliaison.agency.UnitsEnding;
import org.borderliaison.agency.domain.AgencyHistoryReader;
import org.borderliaison.agency.domain.AgencyReorganisation;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.agency.domain.BorderGateRepository;
import org.borderliaison.agency.domain.PartnershipService;
import org.borderliaison.shared.web.FormErrors;
import org.borderliaison.shared.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agency pages: the tree of both countries, detail, and the administrators' reorganisation forms. */
@Controller
@RequestMapping("/agencies")
class AgencyWebController {

    private final AgencyService service;
    private final Agencies agencies;
    private final PartnershipService partnerships;
    private final BorderGateRepository gates;
    private final MessageSource messages;
    private final AgencyReorganisation reorganisation;
    private final AgencyHistoryReader timelines;
    private final TimelineSentences sentences;
    private final AgencyHistoryEntries historyEntries;

    AgencyWebController(AgencyService service, Agencies agencies, PartnershipService partnerships, BorderGateRepository gates,
            MessageSource messages, AgencyReorganisation reorganisation, AgencyHistoryReader timelines,
            TimelineSentences sentences, AgencyHistoryEntries historyEntries) {
        this.historyEntries = historyEntries;
        this.reorganisation = reorganisation;
        this.timelines = timelines;
        this.sentences = sentences;
        this.service = service;
        this.agencies = agencies;
        this.partnerships = partnerships;
        this.gates = gates;
        this.messages = messages;
    }

    @ModelAttribute("countries")
    Country[] countries() {
        return Country.values();
    }

    /**
     * The trees grouped by country (roots and, on demand, their children), as they stand today or, with {@code at},
     * as they stood that day; or, with a filter, the matching agencies with their place.
     */
    @GetMapping
    String tree(@RequestParam(required = false) String q, @RequestParam(required = false) Country country,
            @RequestParam(defaultValue = "false") boolean showDissolved, @RequestParam(required = false) LocalDate at,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("country", country);
        model.addAttribute("showDissolved", showDissolved);
        model.addAttribute("at", at);
        if (q != null && !q.isBlank()) {
            Page<AgencyView> results = Paging.forList(page, 50, Sort.by("country", "nameVi"),
                    pageable -> agencies.search(new AgencySearch(q, country, null, null, !showDissolved), pageable), model);
            model.addAttribute("results", results);
            model.addAttribute("trails", trails(results.getContent()));
        } else {
            List<AgencyView> roots = (at == null ? service.roots().stream().map(Agency::toView).toList() : timelines.rootsOn(at))
                    .stream().filter(root -> country == null || root.country() == country)
                    .filter(root -> showDissolved || root.active()).toList();
            Map<Country, List<AgencyView>> byCountry = new java.util.EnumMap<>(Country.class);
            roots.forEach(root -> byCountry.computeIfAbsent(root.country(), key -> new java.util.ArrayList<>()).add(root));
            model.addAttribute("roots", roots);
            model.addAttribute("rootsByCountry", byCountry);
            model.addAttribute("childCounts", childCounts(roots, at));
        }
        return "agency/tree";
    }

    /** One level of the tree (of today, or of {@code at}), loaded by htmx when a node is expanded. */
    @GetMapping("/{id}/children")
    String children(@PathVariable long id, @RequestParam(defaultValue = "false") boolean showDissolved,
            @RequestParam(required = false) LocalDate at, Model model) {
        List<AgencyView> children = (at == null ? service.children(id).stream().map(Agency::toView).toList() : timelines.childrenOn(id, at))
                .stream().filter(child -> showDissolved || child.active()).toList();
        model.addAttribute("nodes", children);
        model.addAttribute("childCounts", childCounts(children, at));
        model.addAttribute("showDissolved", showDissolved);
        model.addAttribute("at", at);
        return "agency/tree :: nodes";
    }

    private Map<Long, Long> childCounts(List<AgencyView> nodes, LocalDate at) {
        List<Long> ids = nodes.stream().map(AgencyView::id).toList();
        return at == null ? service.childCounts(ids) : timelines.childCountsOn(ids, at);
    }

    /**
     * Options of the type-ahead picker; {@code scope=mine} offers only the user's scope over time, dissolved units
     * included (after the active ones, marked), since a late record names the units of its own date.
     */
    @GetMapping("/picker")
    String picker(@RequestParam(required = false) String q, @RequestParam(defaultValue = "all") String scope,
            @RequestParam(required = false) Country country, @RequestParam(defaultValue = "agencyId") String target, Model model) {
        AgencySearch search = new AgencySearch(q, country, null, null, true);
        Page<AgencyView> options = "mine".equals(scope)
                ? agencies.searchInScope(search, PageRequest.of(0, 12, Sort.by(Sort.Order.desc("active"), Sort.Order.asc("nameVi"))))
                : agencies.search(search, PageRequest.of(0, 12, Sort.by("nameVi")));
        model.addAttribute("options", options.getContent());
        model.addAttribute("trails", trails(options.getContent()));
        model.addAttribute("target", target);
        return "agency/picker :: options";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Agency agency = service.get(id);
        AgencyView view = agency.toView();
        model.addAttribute("agency", view);
        model.addAttribute("ancestors", service.ancestors(agency).stream().map(Agency::toView).toList());
        List<AgencyView> children = service.children(id).stream().map(Agency::toView).toList();
        model.addAttribute("children", children);
        model.addAttribute("partnerships", partnerships.of(id));
        model.addAttribute("successor", view.successorId() == null ? null : agencies.require(view.successorId()));
        model.addAttribute("predecessors", service.predecessors(id).stream().map(Agency::toView).toList());
        model.addAttribute("gates", gates.findByAgencyIdOrderByNameVi(id).stream().map(gate -> gate.toView()).toList());
        model.addAttribute("history", historyEntries.of(id, LocaleContextHolder.getLocale()));
        AgencyTimeline timeline = timelines.timeline(id, LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("timeline", timeline);
        model.addAttribute("timelineLines", sentences.of(timeline, LocaleContextHolder.getLocale()));
        return "agency/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String createForm(@RequestParam(required = false) Long parentId, Model model) {
        AgencyForm form = new AgencyForm();
        if (parentId != null) {
            AgencyView parent = agencies.require(parentId);
            form.setParentId(parent.id());
            form.setCountry(parent.country());
        }
        return showForm(form, null, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@Valid @ModelAttribute("form") AgencyForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        Agency[] created = new Agency[1];
        if (form.getCountry() == null) {
            result.rejectValue("country", "NotNull");
        }
        if (result.hasErrors()
                || !FormErrors.attempt(result, () -> created[0] = service.create(form.getCountry(), form.getParentId(), form.details()))) {
            return showForm(form, null, model);
        }
        redirect.addFlashAttribute("flashMessage", text("agency.created"));
        return "redirect:/agencies/" + created[0].getId();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable long id, Model model) {
        return showForm(AgencyForm.of(agencies.require(id)), id, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors() || !FormErrors.attempt(result, () -> service.update(id, FormErrors.version(form.getVersion()), form.details(), form.documents()))) {
            return showForm(form, id, model);
        }
        redirect.addFlashAttribute("flashMessage", text("common.saved"));
        return "redirect:/agencies/" + id;
    }

    @GetMapping("/{id}/move")
    @PreAuthorize("hasRole('ADMIN')")
    String moveForm(@PathVariable long id, Model model) {
        AgencyView agency = agencies.require(id);
        ReorganisationForm form = new ReorganisationForm();
        form.setVersion(agency.version());
        form.setParentId(agency.parentId());
        return showReorganisation("move", agency, form, model);
    }

    @PostMapping("/{id}/move")
    @PreAuthorize("hasRole('ADMIN')")
    String move(@PathVariable long id, @Valid @ModelAttribute("form") ReorganisationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors() || !FormErrors.attempt(result,
                () -> service.move(id, FormErrors.version(form.getVersion()), form.getParentId(), form.getEffectiveDate()))) {
            return showReorganisation("move", agencies.require(id), form, model);
        }
        redirect.addFlashAttribute("flashMessage", text("agency.moved"));
        return "redirect:/agencies/" + id;
    }

    @GetMapping("/{id}/dissolve")
    @PreAuthorize("hasRole('ADMIN')")
    String dissolveForm(@PathVariable long id, Model model) {
        AgencyView agency = agencies.require(id);
        ReorganisationForm form = new ReorganisationForm();
        form.setVersion(agency.version());
        return showReorganisation("dissolve", agency, form, model);
    }

    @PostMapping("/{id}/dissolve")
    @PreAuthorize("hasRole('ADMIN')")
    String dissolve(@PathVariable long id, @Valid @ModelAttribute("form") ReorganisationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors() || !FormErrors.attempt(result,
                () -> service.dissolve(id, FormErrors.version(form.getVersion()), form.getEffectiveDate(), form.getSuccessorId()))) {
            return showReorganisation("dissolve", agencies.require(id), form, model);
        }
        redirect.addFlashAttribute("flashMessage", text("agency.dissolved"));
        return "redirect:/agencies/" + id;
    }

    @GetMapping("/{id}/rename")
    @PreAuthorize("hasRole('ADMIN')")
    String renameForm(@PathVariable long id, Model model) {
        AgencyView agency = agencies.require(id);
        return showRename(agency, RenameForm.of(agency), model);
    }

    @PostMapping("/{id}/rename")
    @PreAuthorize("hasRole('ADMIN')")
    String rename(@PathVariable long id, @Valid @ModelAttribute("form") RenameForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors() || !FormErrors.attempt(result,
                () -> reorganisation.rename(id, FormErrors.version(form.getVersion()), form.names(), form.getEffectiveDate()))) {
            return showRename(agencies.require(id), form, model);
        }
        redirect.addFlashAttribute("flashMessage", text("agency.renamed"));
        return "redirect:/agencies/" + id;
    }

    @GetMapping("/{id}/end-units")
    @PreAuthorize("hasRole('ADMIN')")
    String endUnitsForm(@PathVariable long id, Model model) {
        return showEndUnits(agencies.require(id), new EndUnitsForm(), null, model);
    }

    /** Without {@code confirmed} shows what would change; with it, applies the ending previewed. */
    @PostMapping("/{id}/end-units")
    @PreAuthorize("hasRole('ADMIN')")
    String endUnits(@PathVariable long id, @Valid @ModelAttribute("form") EndUnitsForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        AgencyView agency = agencies.require(id);
        UnitsEnding[] plan = new UnitsEnding[1];
        if (result.hasErrors() || !FormErrors.attempt(result,
                () -> plan[0] = reorganisation.previewEndUnits(id, form.getKind(), form.getEffectiveDate()))) {
            form.setConfirmed(false);
            return showEndUnits(agency, form, null, model);
        }
        if (!form.isConfirmed() || !FormErrors.attempt(result,
                () -> plan[0] = reorganisation.endUnits(id, form.getKind(), form.getEffectiveDate()))) {
            form.setConfirmed(false);
            return showEndUnits(agency, form, plan[0], model);
        }
        redirect.addFlashAttribute("flashMessage", messages.getMessage("agency.endUnitsDone",
                new Object[] {plan[0].endings().size(), plan[0].subUnitCount()}, LocaleContextHolder.getLocale()));
        return "redirect:/agencies/" + id;
    }

    private String showRename(AgencyView agency, RenameForm form, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("form", form);
        return "agency/rename";
    }

    private String showEndUnits(AgencyView agency, EndUnitsForm form, UnitsEnding plan, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("kinds", AgencyKind.values());
        return "agency/end-units";
    }

    private String showForm(AgencyForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("agencyId", id);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("levels", AgencyLevel.values());
        model.addAttribute("parentLabel", label(form.getParentId()));
        return "agency/form";
    }

    private String showReorganisation(String action, AgencyView agency, ReorganisationForm form, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("agency", agency);
        model.addAttribute("form", form);
        model.addAttribute("targetLabel", label("move".equals(action) ? form.getParentId() : form.getSuccessorId()));
        return "agency/reorganise";
    }

    private String label(Long agencyId) {
        return agencyId == null ? "" : agencies.find(agencyId).map(AgencyView::pickerLabel).orElse("");
    }

    /** For each agency, the names of its ancestors, so that a result says where it sits ("Bộ Công an › Công an tỉnh Lào Cai"). */
    private Map<Long, String> trails(List<AgencyView> found) {
        java.util.Set<Long> ancestorIds = new java.util.HashSet<>();
        found.forEach(agency -> ancestorIds.addAll(ancestorIds(agency)));
        Map<Long, AgencyView> ancestors = agencies.findAll(ancestorIds);
        Map<Long, String> trails = new java.util.HashMap<>();
        for (AgencyView agency : found) {
            trails.put(agency.id(), String.join(" › ", ancestorIds(agency).stream()
                    .map(ancestors::get).filter(java.util.Objects::nonNull).map(AgencyView::nameVi).toList()));
        }
        return trails;
    }

    private static List<Long> ancestorIds(AgencyView agency) {
        return java.util.Arrays.stream(agency.path().split("/")).filter(part -> !part.isEmpty()).map(Long::valueOf)
                .filter(id -> id != agency.id()).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
