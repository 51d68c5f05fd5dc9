package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.borderliaison.shared.Role;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every type-ahead box of every form and filter, used by keyboard only as the WAI-ARIA combobox pattern says: the
 * arrow keys move through the options, Enter picks the active one and neither saves nor deletes anything, the focus
 * stays in the box, Escape closes the list and Tab goes on to the next field, never to the clear button.
 */
class PickerKeyboardJourneyTest extends BrowserTest {

    /** Every page with pickers; a page that no longer has one fails, so that the list is kept up to date. */
    private static final List<String> PAGES = List.of("/meetings/new", "/agreements/new", "/patrols/new", "/cases/new",
            "/handovers/new", "/agencies/new", "/admin/accounts/new", "/partnerships", "/meetings", "/agreements", "/patrols",
            "/cases", "/reports/summary");

    @Test
    void everyPickerOfEveryFormWorksByKeyboard() {
        fixtures.account("browser-picker-admin", "VN-BCA", Role.ADMIN);
        signIn("browser-picker-admin", Fixtures.PASSWORD);
        List<String> pages = new ArrayList<>(PAGES);
        pages.add("/agencies/" + fixtures.agency("VN-LS-CA-VL").id() + "/move");
        for (String page : pages) {
            open(page);
            ((JavascriptExecutor) browser()).executeScript("window.notReloaded = true");
            int pickers = visiblePickers().size();
            assertThat(pickers).as("pickers on %s", page).isPositive();
            for (int i = 0; i < pickers; i++) {
                useByKeyboard(page, visiblePickers().get(i));
            }
        }
    }

    private List<WebElement> visiblePickers() {
        return browser().findElements(By.cssSelector(".picker-input")).stream().filter(WebElement::isDisplayed).toList();
    }

    private void useByKeyboard(String page, WebElement input) {
        String box = page + " #" + input.getDomAttribute("id");
        String listId = input.getDomAttribute("aria-controls");
        By options = By.cssSelector("#" + listId + " .picker-option");
        centred(input).click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        // The first arrow opens the list (or waits for the options the focus asked for); the next ones move in it.
        waitUntil(driver -> {
            input.sendKeys(Keys.ARROW_DOWN);
            return input.getDomAttribute("aria-activedescendant") != null;
        });
        List<WebElement> offered = browser().findElements(options);
        assertThat(offered).as("options offered in %s", box).isNotEmpty();
        assertThat(input.getDomAttribute("aria-expanded")).as(box).isEqualTo("true");
        WebElement active = offered.get(0);
        if (offered.size() > 1) {
            input.sendKeys(Keys.ARROW_DOWN);
            active = offered.get(1);
        }
        assertThat(input.getDomAttribute("aria-activedescendant")).as("active option of %s", box).isEqualTo(active.getDomAttribute("id"));
        assertThat(active.getDomAttribute("aria-selected")).isEqualTo("true");
        String id = active.getDomAttribute("data-id");
        String label = active.getDomAttribute("data-label");

        input.sendKeys(Keys.ENTER);

        WebElement value = input.findElement(By.xpath("ancestor::*[contains(@class, 'agency-picker')][1]//input[contains(@class, 'picker-value')]"));
        waitUntil(driver -> id.equals(value.getDomProperty("value")));
        assertThat(input.getDomProperty("value")).as("label shown in %s", box).isEqualTo(label);
        assertThat(browser().switchTo().activeElement()).as("focus after picking in %s", box).isEqualTo(input);
        assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser().findElements(options)).as("list closed after picking in %s", box).isEmpty();
        assertThat(((JavascriptExecutor) browser()).executeScript("return window.notReloaded === true")).as("Enter in %s sent no form", box).isEqualTo(true);

        // Escape closes a list opened again; Tab leaves the box for the next field, not for the clear button.
        input.sendKeys(Keys.ARROW_DOWN);
        waitUntil(driver -> !driver.findElement(By.id(listId)).getDomProperty("innerHTML").isBlank());
        input.sendKeys(Keys.ESCAPE);
        waitUntil(driver -> driver.findElement(By.id(listId)).getDomProperty("innerHTML").isBlank());
        assertThat(value.getDomProperty("value")).as("Escape keeps the pick in %s", box).isEqualTo(id);
        input.sendKeys(Keys.TAB);
        WebElement next = browser().switchTo().activeElement();
        assertThat(next.getDomAttribute("class")).as("Tab from %s", box).doesNotContain("picker-clear");
        assertThat(next).as("Tab from %s", box).isNotEqualTo(input);
    }
}
