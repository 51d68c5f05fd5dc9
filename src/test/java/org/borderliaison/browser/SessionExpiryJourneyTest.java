package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderliaison.shared.Role;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Lào Cai officer's session ends while a meeting is half typed: the page warned first and offered to stay; the save
 * after the end leads through the sign-in page and then saves the meeting as typed, with no 403 page on the way.
 */
class SessionExpiryJourneyTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theWarningOffersToStayAndASaveAfterTheEndSignsInAndSaves() {
        fixtures.account("browser-session-lc", "VN-LC-CA", Role.OFFICER);
        long hekou = fixtures.agency("CN-HK-GAJ").id();
        String title = "Hội đàm nhập lúc hết phiên " + System.nanoTime() % 100000;
        signIn("browser-session-lc", Fixtures.PASSWORD);
        open("/meetings/new");
        waitFor(By.id("title")).sendKeys(title);
        browser().findElement(By.id("startDate")).sendKeys("05/06/2024");
        pick("partnerAgencies0-agencyId", "Hà Khẩu", pickerOption(hekou));

        // The warning, as it comes 3 minutes before the end (the timeout shortened on the page: 20 s, warned 15 s ahead).
        js("document.querySelector('meta[name=session-timeout]').content = '20';"
                + "document.querySelector('meta[name=session-warning]').content = '15';");
        waitUntil(driver -> driver.findElement(By.id("session-warning")).isDisplayed());
        assertThat(browser().findElement(By.id("session-warning-text")).getText()).startsWith("Phiên làm việc sẽ hết hạn lúc ");
        Object before = js("return window.liaisonLastRequest");
        browser().findElement(By.id("session-stay")).click();
        waitUntil(driver -> !driver.findElement(By.id("session-warning")).isDisplayed());
        assertThat(((Number) js("return window.liaisonLastRequest")).longValue()).as("the keep-alive restarted the count")
                .isGreaterThan(((Number) before).longValue());
        js("document.querySelector('meta[name=session-timeout]').content = '1800';"
                + "document.querySelector('meta[name=session-warning]').content = '180';");

        // The session ends (as after 30 idle minutes); the page says so once its count runs out.
        jdbc.update("delete from spring_session where principal_name = ?", "browser-session-lc");
        js("document.querySelector('meta[name=session-timeout]').content = '0';");
        waitUntil(driver -> driver.findElement(By.id("session-expired")).isDisplayed());
        assertThat(browser().findElement(By.id("title")).getDomProperty("value")).as("still typed").isEqualTo(title);

        clickAndWaitForNextPage(By.id("save"));
        waitForPath("/login?expired");
        assertThat(waitFor(By.id("login-expired")).getText()).contains("Phiên làm việc đã hết hạn");
        waitFor(By.id("username")).sendKeys("browser-session-lc");
        browser().findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser().findElement(By.id("sign-in")).click();

        waitUntil(driver -> driver.findElements(By.id("meeting-title")).size() == 1);
        assertThat(browser().findElement(By.id("meeting-title")).getText()).isEqualTo(title);
        assertThat(browser().findElement(By.id("flash")).getText()).contains("Đã ghi nhận.");
        assertThat(browser().findElement(By.id("partner-side")).getText()).contains("Hà Khẩu");
        assertThat(jdbc.queryForObject("select count(*) from meeting where title = ?", Integer.class, title)).isEqualTo(1);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser()).executeScript(script);
    }
}
