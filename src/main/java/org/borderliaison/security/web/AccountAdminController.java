package org.borderliaison.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.security.domain.PasswordPolicy;
import org.borderliaison.security.domain.SignInThrottles;
import org.borderliaison.security.domain.UserAccount;
import org.borderliaison.shared.web.FormErrors;
import org.borderliaison.security.domain.UserAccountService;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.StaleVersionException;
import org.borderliaison.shared.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.util.UriComponentsBuilder;

/** Administration of user accounts: list, create, edit, reset a password, lift the sign-in throttles of a username. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    static final int PAGE_SIZE = 20;
    private static final String FORM = "security/account-form";

    private final UserAccountService accounts;
    private final SignInThrottles throttles;
    private final PasswordPolicy passwordPolicy;
    private final Agencies agencies;
    private final AccessLog accessLog;
    private final MessageSource messages;

    AccountAdminController(UserAccountService accounts, SignInThrottles throttles, PasswordPolicy passwordPolicy,
            Agencies agencies, AccessLog accessLog, MessageSource messages) {
        this.accounts = accounts;
        this.throttles = throttles;
        this.passwordPolicy = passwordPolicy;
        this.agencies = agencies;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        String query = q == null || q.isBlank() ? null : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("page", Paging.forList(page, PAGE_SIZE, Sort.unsorted(), pageable -> accounts.list(query, pageable), model));
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath(request.getContextPath() + "/admin/accounts")
                .queryParamIfPresent("q", Optional.ofNullable(query)).encode().build().toUriString());
        return "security/accounts";
    }

    @GetMapping("/new")
    String newForm(Model model, Locale locale) {
        model.addAttribute("account", new NewAccountForm());
        return showNewForm(model, null, locale);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("account") NewAccountForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        UserAccount[] created = new UserAccount[1];
        if (!result.hasErrors() && FormErrors.attempt(result,
                () -> created[0] = accounts.create(form.getUsername(), form.getPassword(), form.toDetails()))) {
            redirect.addFlashAttribute("flashMessage", text("account.created", locale, created[0].getUsername()));
            return "redirect:/admin/accounts";
        }
        return showNewForm(model, form.getAgencyId(), locale);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        UserAccount account = accounts.get(id);
        model.addAttribute("account", AccountForm.of(account));
        return showEditForm(model, account, account.getAgencyId(), locale);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("account") AccountForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect) {
        if (form.getVersion() == null) {
            result.reject(FormErrors.STALE_VERSION);
        }
        UserAccount[] saved = new UserAccount[1];
        if (!result.hasErrors() && FormErrors.attempt(result, () -> saved[0] = accounts.update(id, form.getVersion(), form.toDetails()))) {
            redirect.addFlashAttribute("flashMessage", text("common.saved", locale));
            redirect.addAttribute("q", saved[0].getUsername());
            return "redirect:/admin/accounts";
        }
        return showEditForm(model, accounts.get(id), form.getAgencyId(), locale);
    }

    /** Sets a random password and shows it once to the administrator, who hands it over; the user must replace it. */
    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, @RequestParam long version, Locale locale, HttpServletRequest request,
            RedirectAttributes redirect) {
        UserAccount account = accounts.get(id);
        try {
            String password = accounts.resetPassword(id, version);
            accessLog.record(account.getUsername(), AccessEvent.PASSWORD_CHANGED, "reset by " + CurrentUser.username(),
                    request.getRemoteAddr());
            redirect.addFlashAttribute("flashMessage", text("account.passwordReset", locale, account.getUsername(), password));
        } catch (StaleVersionException | OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashWarning", text(FormErrors.STALE_VERSION, locale));
        }
        return "redirect:/admin/accounts/{id}/edit";
    }

    /** Lifts every sign-in throttle naming the account's username. */
    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("flashMessage", text("account.unlocked", locale));
        return "redirect:/admin/accounts";
    }

    private String showNewForm(Model model, Long agencyId, Locale locale) {
        model.addAttribute("creating", true);
        return showForm(model, agencyId, locale);
    }

    private String showEditForm(Model model, UserAccount account, Long agencyId, Locale locale) {
        model.addAttribute("creating", false);
        model.addAttribute("accountId", account.getId());
        model.addAttribute("accountUsername", account.getUsername());
        // The reset and unlock buttons act on the account as it is now, not on the version being edited.
        model.addAttribute("currentVersion", account.getVersion());
        model.addAttribute("throttled", !throttles.blockedUsernames(java.util.List.of(account.getUsername())).isEmpty());
        model.addAttribute("history", accounts.history(account.getId()));
        return showForm(model, agencyId, locale);
    }

    private String showForm(Model model, Long agencyId, Locale locale) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("minPasswordLength", passwordPolicy.minLength());
        model.addAttribute("maxPasswordLength", PasswordPolicy.MAX_LENGTH);
        model.addAttribute("agencyLabel", agencyId == null ? ""
                : agencies.find(agencyId).map(agency -> label(agency, locale)).orElse(""));
        return FORM;
    }

    private static String label(AgencyView agency, Locale locale) {
        return agency.name(locale.getLanguage());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
