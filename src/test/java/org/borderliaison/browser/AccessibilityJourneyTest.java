package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderliaison.browser.MainPages.Page;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Every main page and form passes axe-core's WCAG 2.0 and 2.1 level A and AA rules without a serious or critical
 * violation: signed out (sign-in), as an administrator (every page of {@link MainPages}, the 404 page) and as an
 * officer (the pages that differ, in Vietnamese and in English), forms refused with their messages, a picker with its
 * options open. axe runs in the page from the script inside its jar; nothing is fetched. Each page
 * is also kept as {@code target/screenshots/AccessibilityJourneyTest-desktop-<page>.png} to look at the layout.
 */
class AccessibilityJourneyTest extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSignInPageHasNoSeriousViolation() {
        List<String> violations = new ArrayList<>();
        check(MainPages.SIGN_IN, violations);
        assertThat(violations).as(report(violations)).isEmpty();
    }

    @Test
    void everyPageOfAnAdministratorHasNoSeriousViolation() {
        SignedInUser admin = fixtures.account("browser-a11y-admin", "VN-BCA", Role.ADMIN);
        signIn("browser-a11y-admin", Fixtures.PASSWORD);
        List<String> violations = new ArrayList<>();
        for (Page page : MainPages.forAdministrator(jdbc, admin.userId())) {
            check(page, violations);
        }
        open(MainPages.NOT_FOUND.path());
        assertThat(waitFor(By.cssSelector(".error-page")).getText()).contains("404");
        analyse(MainPages.NOT_FOUND, violations);
        Page record = MainPages.handoverRecord(jdbc);
        open(record.path());
        waitFor(By.id("handover-record"));
        analyse(record, violations);
        assertThat(violations).as(report(violations)).isEmpty();
    }

    @Test
    void everyPageOfAnOfficerHasNoSeriousViolation() {
        fixtures.account("browser-a11y-officer", "VN-LC-CA", Role.OFFICER);
        signIn("browser-a11y-officer", Fixtures.PASSWORD);
        List<String> violations = new ArrayList<>();
        for (Page page : MainPages.forOfficer(jdbc)) {
            check(page, violations);
        }
        // Pages in English, where Vietnamese names and free text are marked lang="vi" inside lang="en".
        open("/?lang=en");
        assertThat(browser().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        for (Page page : MainPages.forOfficer(jdbc).subList(0, 4)) {
            check(new Page(page.name() + "-en", page.path()), violations);
        }
        assertThat(violations).as(report(violations)).isEmpty();
    }

    /** The forms as they come back refused, with a message beside each field (nothing is saved: they are empty). */
    @Test
    void formsShowingTheirErrorsHaveNoSeriousViolation() {
        fixtures.account("browser-a11y-admin", "VN-BCA", Role.ADMIN);
        signIn("browser-a11y-admin", Fixtures.PASSWORD);
        List<String> violations = new ArrayList<>();
        for (String form : List.of("/meetings/new", "/agreements/new", "/patrols/new", "/cases/new", "/handovers/new",
                "/agencies/new", "/admin/accounts/new")) {
            open(form);
            // the browser's own checks (required fields) would stop the empty form before the server sees it
            ((JavascriptExecutor) browser()).executeScript("document.querySelectorAll('form').forEach(f => f.noValidate = true)");
            clickAndWaitForNextPage(By.id("save"));
            assertThat(waitFor(By.id("form-errors")).isDisplayed()).as("%s refused", form).isTrue();
            analyse(new Page(form.substring(1).replace('/', '-') + "-refused", form), violations);
        }
        assertThat(violations).as(report(violations)).isEmpty();
    }

    /** A type-ahead picker with its options open (the combobox and its listbox, as a screen reader meets them). */
    @Test
    void anOpenPickerHasNoSeriousViolation() {
        fixtures.account("browser-a11y-officer", "VN-LC-CA", Role.OFFICER);
        signIn("browser-a11y-officer", Fixtures.PASSWORD);
        open("/meetings/new");
        assertThat(searchPicker("partnerAgencies0-agencyId", "ha khau")).as("options offered").isNotEmpty();
        List<String> violations = new ArrayList<>();
        analyse(new Page("meeting-new-picker-open", "/meetings/new"), violations);
        assertThat(violations).as(report(violations)).isEmpty();
    }

    /** Opens the page, makes sure it is the page itself (not an error or the sign-in form), and runs axe on it. */
    private void check(Page page, List<String> violations) {
        open(page.path());
        waitFor(By.tagName("main"));
        assertThat(browser().findElements(By.cssSelector(".error-page"))).as("%s is an error page", page).isEmpty();
        assertThat(browser().getCurrentUrl()).as("%s was not redirected", page).isEqualTo(url(page.path()));
        analyse(page, violations);
    }

    private void analyse(Page page, List<String> violations) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser());
        assertThat(results.isErrored()).as("axe ran on %s: %s", page, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe checked something on %s", page).isNotEmpty();
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                String targets = rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                violations.add(page.name() + " (" + page.path() + "): " + rule.getId() + " [" + rule.getImpact() + "] "
                        + rule.getHelp() + " — " + targets);
            }
        }
        screenshotOfWholePage("desktop-" + page.name(), 2000);
    }

    private static String report(List<String> violations) {
        return violations.size() + " serious or critical WCAG 2.1 AA violations:\n  " + String.join("\n  ", violations);
    }
}
