package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderliaison.shared.Role;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The pages on a phone (390 px wide, as an iPhone 12–15): no page scrolls sideways (a wide table scrolls inside its
 * own box), and a list shows its first results on the first screen, its filters folded behind one line.
 */
class PhoneWidthJourneyTest extends BrowserTest {

    private static final Dimension PHONE = new Dimension(390, 844);

    /** Each record list, and the table its results are in. */
    private static final Map<String, String> LISTS = Map.of("/meetings", "#meetings", "/agreements", "table",
            "/patrols", "table", "/cases", "table", "/handovers", "table", "/admin/access-log", "table");

    private static final List<String> OTHER_PAGES = List.of("/", "/meetings/new", "/meetings/follow-ups", "/agreements/new",
            "/patrols/new", "/cases/new", "/handovers/new", "/agencies", "/partnerships", "/border-gates", "/admin/accounts",
            "/admin/accounts/new", "/reports/summary", "/meetings/tallies");

    @AfterEach
    void backToTheDesktop() {
        browser().manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    void noPageScrollsSidewaysAndListsShowResultsFirst() {
        fixtures.account("browser-phone-admin", "VN-BCA", Role.ADMIN);
        signIn("browser-phone-admin", Fixtures.PASSWORD);
        browser().manage().window().setSize(PHONE);
        List<String> wide = new ArrayList<>();
        List<String> resultsBelowTheFold = new ArrayList<>();
        List<String> visited = new ArrayList<>();
        LISTS.forEach((list, table) -> {
            open(list);
            checkWidth(list, wide);
            WebElement results = waitFor(By.cssSelector(table));
            long top = ((Number) js().executeScript("return arguments[0].getBoundingClientRect().top", results)).longValue();
            if (top > PHONE.getHeight() * 0.75) {
                resultsBelowTheFold.add(list + " (results start at " + top + " px)");
            }
            // The first record of the list, on its own page.
            browser().findElements(By.cssSelector(table + " tbody a[href]")).stream().findFirst()
                    .map(link -> link.getDomAttribute("href")).ifPresent(detail -> {
                        open(detail);
                        visited.add(detail);
                        checkWidth(detail, wide);
                    });
        });
        for (String page : OTHER_PAGES) {
            open(page);
            checkWidth(page, wide);
        }
        assertThat(visited).as("record pages reached from the lists").hasSizeGreaterThanOrEqualTo(5);
        assertThat(wide).as("pages wider than a phone").isEmpty();
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
    }

    private void checkWidth(String page, List<String> wide) {
        waitFor(By.tagName("main"));
        long scrollWidth = ((Number) js().executeScript("return document.documentElement.scrollWidth")).longValue();
        long clientWidth = ((Number) js().executeScript("return document.documentElement.clientWidth")).longValue();
        if (scrollWidth > clientWidth) {
            wide.add(page + " (" + scrollWidth + " px for " + clientWidth + ")");
            screenshot("phone" + page.replace('/', '-'));
        }
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser();
    }
}
