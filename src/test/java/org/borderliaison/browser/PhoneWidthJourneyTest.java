package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderliaison.browser.MainPages.Page;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages on a phone (390 px wide, as an iPhone 12–15): none of the main pages and forms ({@link MainPages}, as an
 * administrator and as an officer, the sign-in and 404 pages) scrolls sideways (a wide table scrolls inside its own
 * box), and a list shows its first results on the first screen, its filters folded behind one line.
 */
class PhoneWidthJourneyTest extends BrowserTest {

    private static final Dimension PHONE = new Dimension(390, 844);

    /** Each record list, and the table its results are in. */
    private static final Map<String, String> LISTS = Map.of("/meetings", "#meetings", "/agreements", "table",
            "/patrols", "table", "/cases", "table", "/handovers", "table", "/admin/access-log", "table");

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheDesktop() {
        browser().manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    void noPageOfAnAdministratorScrollsSideways() {
        SignedInUser admin = fixtures.account("browser-phone-admin", "VN-BCA", Role.ADMIN);
        browser().manage().window().setSize(PHONE);
        List<String> wide = new ArrayList<>();
        open(MainPages.SIGN_IN.path());
        checkWidth(MainPages.SIGN_IN, wide);
        signIn("browser-phone-admin", Fixtures.PASSWORD);
        List<Page> pages = new ArrayList<>(MainPages.forAdministrator(jdbc, admin.userId()));
        pages.add(MainPages.NOT_FOUND);
        for (Page page : pages) {
            open(page.path());
            checkWidth(page, wide);
        }
        assertThat(wide).as("pages wider than a phone").isEmpty();
    }

    @Test
    void noPageOfAnOfficerScrollsSideways() {
        fixtures.account("browser-phone-officer", "VN-LC-CA", Role.OFFICER);
        signIn("browser-phone-officer", Fixtures.PASSWORD);
        browser().manage().window().setSize(PHONE);
        List<String> wide = new ArrayList<>();
        for (Page page : MainPages.forOfficer(jdbc)) {
            open(page.path());
            checkWidth(page, wide);
        }
        assertThat(wide).as("pages wider than a phone").isEmpty();
    }

    @Test
    void listsShowTheirFirstResultsOnTheFirstScreen() {
        fixtures.account("browser-phone-admin", "VN-BCA", Role.ADMIN);
        signIn("browser-phone-admin", Fixtures.PASSWORD);
        browser().manage().window().setSize(PHONE);
        List<String> resultsBelowTheFold = new ArrayList<>();
        LISTS.forEach((list, table) -> {
            open(list);
            WebElement results = waitFor(By.cssSelector(table));
            long top = ((Number) js().executeScript("return arguments[0].getBoundingClientRect().top", results)).longValue();
            if (top > PHONE.getHeight() * 0.75) {
                resultsBelowTheFold.add(list + " (results start at " + top + " px)");
            }
            assertThat(browser().findElements(By.cssSelector(table + " tbody a[href]"))).as("records listed on %s", list)
                    .isNotEmpty();
        });
        assertThat(resultsBelowTheFold).as("lists whose results start below the first screen").isEmpty();
    }

    @Test
    void theFiltersUnfoldWithTheirCountAndStillFilter() {
        fixtures.account("browser-phone-officer", "VN-LC-CA", Role.OFFICER);
        signIn("browser-phone-officer", Fixtures.PASSWORD);
        browser().manage().window().setSize(PHONE);
        open("/meetings?kind=FIELD_TALKS");
        WebElement toggle = waitFor(By.cssSelector("details.filters > summary"));
        assertThat(toggle.getText()).isEqualTo("Bộ lọc (1)");
        assertThat(browser().findElement(By.id("apply-filter")).isDisplayed()).as("folded").isFalse();
        toggle.click();
        assertThat(waitFor(By.id("apply-filter")).isDisplayed()).isTrue();
        clickAndWaitForNextPage(By.id("apply-filter"));
        assertThat(browser().getCurrentUrl()).contains("kind=FIELD_TALKS");
        for (String page : List.of("/agencies", "/patrols", "/cases", "/handovers", "/agreements")) {
            open(page);
            assertThat(waitFor(By.cssSelector("details.filters > summary")).getText()).as("filters folded on %s", page)
                    .startsWith("Bộ lọc");
        }
    }

    /**
     * Whether the page scrolls sideways (a table may scroll inside its own box: that does not widen the page). Keeps
     * {@code target/screenshots/PhoneWidthJourneyTest-phone-<page>.png} of every page, to look at the layout.
     */
    private void checkWidth(Page page, List<String> wide) {
        waitFor(By.tagName("main"));
        assertThat(browser().getCurrentUrl()).as("%s was not redirected", page).isEqualTo(url(page.path()));
        long scrollWidth = ((Number) js().executeScript("return document.scrollingElement.scrollWidth")).longValue();
        long clientWidth = ((Number) js().executeScript("return document.scrollingElement.clientWidth")).longValue();
        if (scrollWidth > clientWidth) {
            wide.add(page.name() + " " + page.path() + " (" + scrollWidth + " px for " + clientWidth + ")");
        }
        screenshotOfWholePage("phone-" + page.name(), 3000);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser();
    }
}
