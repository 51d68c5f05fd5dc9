package org.borderliaison.security.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.borderliaison.security.PendingSave;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The session's two pages for the browser: a keep-alive the "stay signed in" button of the expiry warning calls (any
 * request restarts the idle timeout), and the page that sends again a form kept when it arrived after the session
 * had ended ({@link PendingSave}), once the user has signed in again.
 */
@Controller
class SessionController {

    private final Clock clock;

    SessionController(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/session/keep-alive")
    @ResponseBody
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/session/resume")
    String resume(HttpSession session, Model model) {
        return PendingSave.take(session, clock.instant()).map(save -> {
            model.addAttribute("save", save);
            return "security/resume";
        }).orElse("redirect:/");
    }
}
