package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.borderliaison.shared.Role;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Under the Content-Security-Policy (no inline script) the pages' scripts still run, the moved handlers work, Swagger
 * UI works, and Chromium reports no violation: each page records the {@code securitypolicyviolation} events it sees
 * (a listener installed by the browser before any of the page's own scripts).
 */
class ContentSecurityPolicyJourneyTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void recordViolations() {
        ((ChromeDriver) browser()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.cspViolations = window.cspViolations || [];"
                        + "document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });"));
    }

    @Test
    void pagesRunTheirScriptsWithoutViolations() {
        fixtures.account("browser-csp-reporter", "VN-LS-CA", Role.REPORTER);
        signIn("browser-csp-reporter", Fixtures.PASSWORD);
        assertThat(violations()).as("sign-in page").isEmpty();

        waitForPath("/");
        assertThat(script("return [typeof bootstrap, typeof htmx]")).isEqualTo(List.of("object", "object"));
        assertThat(violations()).as("home page").isEmpty();

        open("/agencies");
        waitFor(By.cssSelector(".tree .toggle")).click();
        assertThat(violations()).as("agency tree").isEmpty();

        open("/reports/summary");
        waitFor(By.id("summary"));
        // The print button, once an inline onclick, now goes through app.js.
        script("window.printed = 0; window.print = function () { window.printed++; };");
        browser().findElement(By.id("print-summary")).click();
        assertThat(script("return window.printed")).isEqualTo(1L);
        assertThat(violations()).as("summary page").isEmpty();

        // The recorder sees what the policy refuses: an inline script added now is blocked and reported.
        script("var s = document.createElement('script'); s.textContent = 'window.ran = true'; document.body.appendChild(s);");
        waitUntil(browser -> !violations().isEmpty());
        assertThat(violations()).first().asString().startsWith("script-src");
        assertThat(script("return window.ran === true")).isEqualTo(false);
    }

    @Test
    void swaggerUiWorksUnderThePolicy() {
        open("/swagger-ui/index.html");
        assertThat(waitFor(By.cssSelector(".opblock-tag")).getText()).isNotBlank();
        assertThat(violations()).as("Swagger UI").isEmpty();
    }

    /** Deleting a meeting or a partnership asks first (data-confirm through app.js; an inline onsubmit was blocked). */
    @Test
    void deletionsAskFirstUnderThePolicy() {
        fixtures.account("browser-csp-admin", "VN-BCA", Role.ADMIN);
        signIn("browser-csp-admin", Fixtures.PASSWORD);
        for (String page : List.of("/meetings/" + jdbc.queryForObject("select min(id) from meeting", Long.class), "/partnerships")) {
            open(page);
            // The user says no: nothing is sent, the page stays.
            script("window.asked = []; window.confirm = function (text) { window.asked.push(text); return false; };");
            By delete = page.startsWith("/meetings") ? By.id("delete-meeting")
                    : By.cssSelector("form[action*='/partnerships/'][action$='/delete'] button");
            waitFor(delete).click();
            assertThat(script("return window.asked")).as("asked on %s", page).asList().hasSize(1);
            assertThat(browser().getCurrentUrl()).isEqualTo(url(page));
            assertThat(violations()).as(page).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) script("return window.cspViolations || []");
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser()).executeScript(script);
    }
}
