package org.borderliaison.security.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; says why the last attempt failed (wrong password, locked, disabled). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        if (error != null) {
            Object cause = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String message = cause instanceof LockedException ? "login.locked"
                    : cause instanceof DisabledException ? "login.disabled" : "login.error";
            model.addAttribute("loginError", message);
        }
        return "login";
    }
}
