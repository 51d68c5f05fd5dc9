package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.domain.AgencyDetails;
import org.borderliaison.agency.domain.AgencyService;
import org.borderliaison.shared.Role;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator reorganises the Chinese side: finds Hà Khẩu by typing without accents and moves a unit under it. */
class AgencyReorganisationJourneyTest extends BrowserTest {

    @Autowired
    AgencyService service;

    @Test
    void administratorMovesABorderPoliceStationUnderHekouFoundThroughThePicker() {
        fixtures.account("browser-reorg-admin", "VN-BCA", Role.ADMIN);
        long honghe = fixtures.agency("CN-HH-GAJ").id();
        long hekou = fixtures.agency("CN-HK-GAJ").id();
        String code = "CN-HK-BROWSER-" + System.nanoTime() % 1_000_000; // unique, so the test runs again on a kept database
        long station = fixtures.asSystemAdmin(() -> service.create(Country.CN, honghe, new AgencyDetails(code,
                AgencyKind.COUNTY_BUREAU, AgencyLevel.COMMUNE, "Đồn Công an cửa khẩu Hà Khẩu (thử)", "Hekou Port Police Station (test)",
                "河口口岸派出所", null)).getId());

        signIn("browser-reorg-admin", Fixtures.PASSWORD);
        open("/agencies/" + station);
        assertThat(breadcrumb()).contains("Cục Công an châu Hồng Hà");
        clickAndWaitForNextPage(By.id("move-agency"));

        WebElement search = waitFor(By.id("parentId-search"));
        assertThat(search.getDomProperty("value")).isEqualTo("Cục Công an châu Hồng Hà (CN-HH-GAJ)"); // the current parent
        click(By.cssSelector(".agency-picker .picker-clear"));
        assertThat(browser().findElement(By.id("parentId")).getDomProperty("value")).isEmpty();
        // Focusing the box first lists every Chinese agency; typing narrows the list to Hà Khẩu.
        List<String> offered = searchPicker("parentId", "ha khau");
        assertThat(offered).allMatch(label -> label.contains("Hà Khẩu"))
                .contains("Cục Công an huyện Hà Khẩu (CN-HK-GAJ)", "Trạm Kiểm tra biên phòng xuất, nhập cảnh Hà Khẩu (CN-HK-BJZ)");
        screenshot("picker-ha-khau");
        choose("parentId", pickerOption(hekou));
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".picker-option")));
        assertThat(search.getDomProperty("value")).isEqualTo("Cục Công an huyện Hà Khẩu (CN-HK-GAJ)");
        assertThat(browser().findElement(By.id("parentId")).getDomProperty("value")).isEqualTo(String.valueOf(hekou));
        browser().findElement(By.id("effectiveDate")).sendKeys("01/07/2025");
        screenshot("move-form");
        clickAndWaitForNextPage(By.id("confirm"));

        waitForPath("/agencies/" + station);
        assertThat(waitFor(By.id("flash")).getText()).contains("Đã chuyển đơn vị.");
        assertThat(breadcrumb()).containsSubsequence("Cục Công an châu Hồng Hà", "Cục Công an huyện Hà Khẩu");
        screenshot("moved");
        AgencyView moved = fixtures.asSystemAdmin(() -> fixtures.agency(code));
        assertThat(moved.parentId()).isEqualTo(hekou);
        assertThat(moved.parentSince()).hasToString("2025-07-01");
        assertThat(moved.path()).isEqualTo(fixtures.agency("CN-HK-GAJ").path() + station + "/");
    }

    private List<String> breadcrumb() {
        return waitFor(By.id("ancestors")).findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
    }
}
