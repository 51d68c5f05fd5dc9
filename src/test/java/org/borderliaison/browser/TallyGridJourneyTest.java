package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderliaison.support.SignedIn.as;

import java.time.YearMonth;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.meeting.domain.MonthlyTallies;
import org.borderliaison.meeting.domain.TallyGrid;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Nghệ An liaison officer enters October's letters with two of the three Lao provinces from the monthly grid, by
 * keyboard: types the counts and presses Enter, which saves the grid (not "add a partner"); then corrects one.
 */
class TallyGridJourneyTest extends BrowserTest {

    @Autowired
    MonthlyTallies tallies;

    @Test
    void officerEntersAMonthForTwoPartnersAndSavesWithEnter() {
        SignedInUser officer = fixtures.account("browser-tally-na", "VN-NA-CA", Role.OFFICER);
        long ngheAn = fixtures.agency("VN-NA-CA").id();
        long bolikhamxay = fixtures.agency("LA-BL-CA").id();
        long houaphanh = fixtures.agency("LA-HO-CA").id();

        signIn("browser-tally-na", Fixtures.PASSWORD);
        clickAndWaitForNextPage(By.id("nav-meetings"));
        clickAndWaitForNextPage(By.id("monthly-tallies"));
        assertThat(waitFor(By.id("agencyId-search")).getDomProperty("value")).as("the officer's own agency by default")
                .isEqualTo("Công an tỉnh Nghệ An (VN-NA-CA)");
        WebElement month = browser().findElement(By.id("month"));
        month.clear();
        month.sendKeys("10/2011");
        new Select(browser().findElement(By.id("kind"))).selectByValue("LETTER_EXCHANGE");
        clickAndWaitForNextPage(By.id("open-tallies"));

        assertThat(browser().findElements(By.cssSelector("#tally-grid .tally-row"))).hasSize(3);
        countOf("Công an tỉnh Bô Ly Khăm Xay").sendKeys("14");
        WebElement last = countOf("Công an tỉnh Hủa Phăn");
        last.sendKeys("5");
        screenshot("tally-grid-typed");
        WebElement form = browser().findElement(By.id("tally-form"));
        last.sendKeys(Keys.ENTER);
        waitUntil(driver -> isGone(form));
        assertThat(waitFor(By.id("flash")).getText()).contains("2 bản ghi mới");
        screenshot("tally-grid-saved");

        TallyGrid saved = as(officer, () -> tallies.grid(ngheAn, YearMonth.of(2011, 10), MeetingKind.LETTER_EXCHANGE));
        assertThat(saved.rows()).filteredOn(row -> row.count() != null)
                .extracting(row -> row.partner().id(), TallyGrid.Row::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(bolikhamxay, 14), org.assertj.core.groups.Tuple.tuple(houaphanh, 5));
        assertThat(countOf("Công an tỉnh Bô Ly Khăm Xay").getDomProperty("value")).as("the grid shows the month saved").isEqualTo("14");

        // A correction: the grid page again, one count changed, saved by Enter once more.
        WebElement bolikhamxayCount = countOf("Công an tỉnh Bô Ly Khăm Xay");
        bolikhamxayCount.clear();
        bolikhamxayCount.sendKeys("16", Keys.ENTER);
        waitUntil(driver -> driver.findElement(By.id("flash")).getText().contains("1 bản ghi cập nhật"));
        assertThat(as(officer, () -> tallies.grid(ngheAn, YearMonth.of(2011, 10), MeetingKind.LETTER_EXCHANGE)).rows())
                .filteredOn(row -> row.partner().id() == bolikhamxay).extracting(TallyGrid.Row::count).containsExactly(16);
    }

    /** The count box of the partner's row, found by the partner's name as the grid shows it. */
    private WebElement countOf(String partner) {
        return waitFor(By.xpath("//tr[contains(@class, 'tally-row')][.//span[normalize-space(.)='" + partner + "']]"
                + "//input[contains(@class, 'tally-count')]"));
    }
}
