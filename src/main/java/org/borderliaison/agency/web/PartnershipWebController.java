package org.borderliaison.agency.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.BorderGateView;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.PartnershipLevel;
import org.borderliaison.agency.domain.PartnershipService;
import org.borderliaison.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partnerships and border gates: lists for everyone, partnership changes for administrators. */
@Controller
class PartnershipWebController {

    private final PartnershipService partnerships;
    private final Agencies agencies;
    private final MessageSource messages;

    PartnershipWebController(PartnershipService partnerships, Agencies agencies, MessageSource messages) {
        this.partnerships = partnerships;
        this.agencies = agencies;
        this.messages = messages;
    }

    @GetMapping("/partnerships")
    String list(Model model) {
        return show(new PartnershipForm(), model);
    }

    @PostMapping("/partnerships")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@Valid @ModelAttribute("form") PartnershipForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors() || !FormErrors.attempt(result, () -> partnerships.create(form.getVnAgencyId(),
                form.getPartnerAgencyId(), form.getLevel(), form.getEstablishedOn(), form.getNote()))) {
            return show(form, model);
        }
        redirect.addFlashAttribute("flashMessage", messages.getMessage("partnership.created", null, LocaleContextHolder.getLocale()));
        return "redirect:/partnerships";
    }

    @PostMapping("/partnerships/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        partnerships.delete(id);
        redirect.addFlashAttribute("flashMessage", messages.getMessage("partnership.deleted", null, LocaleContextHolder.getLocale()));
        return "redirect:/partnerships";
    }

    @GetMapping("/border-gates")
    String borderGates(Model model) {
        List<BorderGateView> gates = agencies.borderGates();
        model.addAttribute("gates", gates);
        model.addAttribute("agencies", agencies.findAll(gates.stream().map(BorderGateView::agencyId).filter(Objects::nonNull).toList()));
        return "agency/border-gates";
    }

    private String show(PartnershipForm form, Model model) {
        model.addAttribute("partnerships", partnerships.all());
        model.addAttribute("form", form);
        model.addAttribute("levels", PartnershipLevel.values());
        model.addAttribute("vnLabel", label(form.getVnAgencyId()));
        model.addAttribute("partnerLabel", label(form.getPartnerAgencyId()));
        model.addAttribute("vietnam", Country.VN);
        return "agency/partnerships";
    }

    private String label(Long id) {
        return id == null ? "" : agencies.find(id).map(AgencyView::pickerLabel).orElse("");
    }
}
