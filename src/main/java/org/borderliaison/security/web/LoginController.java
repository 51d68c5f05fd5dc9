package org.borderliaison.security.web;

import jakarta.servlet.http.HttpSession;
import org.borderliaison.security.SignInThrottledException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; says why the last attempt failed: a wrong username or password (one message for both), too
 * many failed attempts (the same for every username), or a disabled account (told only after the right password).
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        if (error != null) {
            Object cause = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (cause instanceof SignInThrottledException throttled) {
                model.addAttribute("loginError", "login.throttled");
                model.addAttribute("loginErrorArgument", throttled.retryAfterMinutes());
            } else {
                model.addAttribute("loginError", cause instanceof DisabledException ? "login.disabled" : "login.error");
            }
        }
        return "login";
    }
}
