package org.borderliaison.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.borderliaison.audit.AccessEvent;
import org.borderliaison.audit.AccessLog;
import org.borderliaison.security.domain.UserAccountService;
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

/** Any signed-in user changes their own password. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private static final String FORM = "security/password-form";

    private final UserAccountService accounts;
    private final AccessLog accessLog;
    private final MessageSource messages;

    PasswordController(UserAccountService accounts, AccessLog accessLog, MessageSource messages) {
        this.accounts = accounts;
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
            Locale locale, HttpServletRequest request, RedirectAttributes redirect) {
        if (!form.isConfirmed()) {
            result.rejectValue("confirmPassword", "account.error.mismatch");
            return showForm(model);
        }
        if (!FormErrors.attempt(result, () -> accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword()))) {
            return showForm(model);
        }
        accessLog.record(CurrentUser.username(), AccessEvent.PASSWORD_CHANGED, null, request.getRemoteAddr());
        redirect.addFlashAttribute("flashMessage", messages.getMessage("account.passwordChanged", null, locale));
        return "redirect:/";
    }

    private String showForm(Model model) {
        model.addAttribute("minPasswordLength", UserAccountService.MIN_PASSWORD_LENGTH);
        return FORM;
    }
}
