package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyOverview;
import org.borderliaison.agency.Country;
import org.borderliaison.shared.Role;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in and out in a real browser: Vietnamese by default, English on request. */
class SignInJourneyTest extends BrowserTest {

    private static final Map<Country, String> COUNTRY_NAMES_VI = Map.of(
            Country.VN, "Việt Nam", Country.CN, "Trung Quốc", Country.LA, "Lào", Country.KH, "Campuchia");

    @Autowired
    Agencies agencies;

    @Test
    void signInPageIsVietnameseByDefaultAndSwitchesToEnglish() {
        open("/login");
        assertThat(waitFor(By.tagName("h2")).getText()).isEqualTo("Đăng nhập");
        assertThat(browser().findElement(By.id("sign-in")).getText()).isEqualTo("Đăng nhập");
        assertThat(browser().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
        screenshot("login-vi");

        clickAndWaitForNextPage(By.id("lang-en"));
        assertThat(waitFor(By.tagName("h2")).getText()).isEqualTo("Sign in");
        assertThat(browser().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        screenshot("login-en");
    }

    @Test
    void wrongPasswordIsRefusedWithAnExplanation() {
        fixtures.account("browser-typo", "VN-BCA", Role.VIEWER);

        signIn("browser-typo", "not-" + Fixtures.PASSWORD);

        waitForPath("/login?error");
        assertThat(waitFor(By.id("login-error")).getText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        screenshot("wrong-password");
    }

    @Test
    void administratorSeesAgencyCountsPerCountryThenSignsOut() {
        fixtures.account("browser-admin", "VN-BCA", Role.ADMIN);

        signIn("browser-admin", Fixtures.PASSWORD);

        waitForPath("/");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Xin chào, browser-admin (test)");
        AgencyOverview overview = fixtures.asSystemAdmin(agencies::overview);
        assertThat(overview.agenciesByCountry()).containsKeys(Country.VN, Country.CN, Country.LA);
        List<String> expected = overview.agenciesByCountry().entrySet().stream()
                .map(entry -> COUNTRY_NAMES_VI.get(entry.getKey()) + ": " + entry.getValue()).toList();
        assertThat(browser().findElements(By.cssSelector("#agency-counts li")))
                .extracting(WebElement::getText).containsExactlyElementsOf(expected);
        // The webjar links resolve: Bootstrap (which the menu below needs) and htmx are loaded.
        assertThat(((JavascriptExecutor) browser()).executeScript("return [typeof bootstrap, typeof htmx]"))
                .isEqualTo(List.of("object", "object"));
        screenshot("home");

        click(By.id("user-menu"));
        clickAndWaitForNextPage(By.id("logout"));

        waitForPath("/login?logout");
        assertThat(waitFor(By.cssSelector("[role=status]")).getText()).isEqualTo("Bạn đã đăng xuất.");
        screenshot("signed-out");
        open("/");
        waitUntil(ExpectedConditions.urlToBe(url("/login")));
    }
}
