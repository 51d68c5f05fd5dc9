package org.borderliaison.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.security.domain.AccountPrincipal;
import org.borderliaison.security.domain.PasswordPolicy;
import org.borderliaison.security.domain.UserAccountService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.borderliaison.shared.web.FormErrors;
import org.borderliaison.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Any signed-in user changes their own password. A user who was given a password (first administrator, reset) is
 * sent here after signing in and can use nothing else until they have chosen their own.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private static final String FORM = "security/password-form";

    private final UserAccountService accounts;
    private final PasswordPolicy passwordPolicy;
    private final AccessLog accessLog;
    private final MessageSource messages;
    private final SecurityContextRepository sessionContext = new HttpSessionSecurityContextRepository();

    PasswordController(UserAccountService accounts, PasswordPolicy passwordPolicy, AccessLog accessLog, MessageSource messages) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("passwordForm", new PasswordChangeForm());
        return showForm(model);
    }

    @PostMapping
    String change(@ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result, Model model,
            Locale locale, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!form.isConfirmed()) {
            result.rejectValue("confirmPassword", "account.error.mismatch");
            return showForm(model);
        }
        if (!FormErrors.attempt(result, () -> accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword()))) {
            return showForm(model);
        }
        accessLog.record(CurrentUser.username(), AccessEvent.PASSWORD_CHANGED, null, request.getRemoteAddr());
        refreshSignedInUser(request, response);
        redirect.addFlashAttribute("flashMessage", messages.getMessage("account.passwordChanged", null, locale));
        return "redirect:/";
    }

    private String showForm(Model model) {
        model.addAttribute("minPasswordLength", passwordPolicy.minLength());
        model.addAttribute("maxPasswordLength", PasswordPolicy.MAX_LENGTH);
        model.addAttribute("passwordMustChange", CurrentUser.get()
                .filter(user -> user instanceof AccountPrincipal principal && principal.passwordMustChange()).isPresent()
                && accounts.passwordMustChange(CurrentUser.username()));
        return FORM;
    }

    /** The session's principal no longer says "must change", so later requests need not ask the database. */
    private void refreshSignedInUser(HttpServletRequest request, HttpServletResponse response) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof AccountPrincipal) {
            AccountPrincipal fresh = accounts.current().toPrincipal();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
            SecurityContextHolder.setContext(context);
            sessionContext.saveContext(context, request, response);
        }
    }
}
