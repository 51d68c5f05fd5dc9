package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.patrol.PatrolView;
import org.borderliaison.patrol.Patrols;
import org.borderliaison.shared.Role;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer of the Lào Cai International Border Gate post logs a joint law-enforcement patrol with the Honghe
 * border management detachment, found through the picker, with the personnel of each side; then finds it in the list.
 */
class PatrolJourneyTest extends BrowserTest {

    @Autowired
    Patrols patrols;

    @Test
    void aBorderGuardOfficerLogsAJointPatrolAndFindsItInTheList() {
        fixtures.account("browser-patrol-ckqt", "VN-LC-BDBP-CKQT", Role.OFFICER);
        long honghe = fixtures.agency("CN-HH-BGZD").id();
        String yesterday = LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        signIn("browser-patrol-ckqt", Fixtures.PASSWORD);
        open("/patrols");
        clickAndWaitForNextPage(By.id("new-patrol"));

        // The officer's own post is already chosen as our unit.
        assertThat(waitFor(By.id("ourAgencyId-search")).getDomProperty("value"))
                .isEqualTo("Đồn Biên phòng Cửa khẩu quốc tế Lào Cai (VN-LC-BDBP-CKQT)");
        new Select(browser().findElement(By.id("kind"))).selectByValue(PatrolKind.JOINT.name());
        browser().findElement(By.id("date")).sendKeys(yesterday);

        List<String> offered = searchPicker("partnerAgencyId", "hong ha");
        assertThat(offered).allMatch(label -> label.contains("Hồng Hà")).contains("Chi đội Quản lý biên giới Hồng Hà (CN-HH-BGZD)");
        screenshot("partner-picker");
        choose("partnerAgencyId", pickerOption(honghe));
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#partnerAgencyId-options .picker-option")));
        assertThat(browser().findElement(By.id("partnerAgencyId")).getDomProperty("value")).isEqualTo(String.valueOf(honghe));

        browser().findElement(By.id("segmentFrom")).sendKeys("100(2)");
        browser().findElement(By.id("segmentTo")).sendKeys("103");
        new Select(browser().findElement(By.id("borderGateId"))).selectByValue("1");
        browser().findElement(By.id("ourPersonnel")).sendKeys("0"); // a slip the form must catch
        browser().findElement(By.id("partnerPersonnel")).sendKeys("11");
        browser().findElement(By.id("findings")).sendKeys("Tuần tra khu vực cầu Hồ Kiều, không phát hiện vi phạm (BROWSER-PATROL).");
        save();

        assertThat(waitFor(By.id("form-errors")).isDisplayed()).isTrue();
        assertThat(browser().findElement(By.cssSelector("#ourPersonnel + .invalid-feedback, #ourPersonnel ~ .invalid-feedback")).getText())
                .isEqualTo("Quân số phải ít nhất là 1.");
        assertThat(browser().findElement(By.id("partnerAgencyId-search")).getDomProperty("value"))
                .isEqualTo("Chi đội Quản lý biên giới Hồng Hà (CN-HH-BGZD)"); // what was chosen is kept
        screenshot("personnel-refused");
        WebElement ours = browser().findElement(By.id("ourPersonnel"));
        ours.clear();
        ours.sendKeys("14");
        save();

        assertThat(waitFor(By.id("flash")).getText()).contains("Đã ghi nhận chuyến tuần tra.");
        assertThat(browser().findElement(By.id("patrol-kind")).getText()).isEqualTo("Tuần tra liên hợp thực thi pháp luật");
        assertThat(browser().findElement(By.id("patrol-segment")).getText()).isEqualTo("100(2) – 103");
        assertThat(browser().findElement(By.id("patrol-our-personnel")).getText()).isEqualTo("14");
        assertThat(browser().findElement(By.id("patrol-partner-personnel")).getText()).isEqualTo("11");
        assertThat(browser().findElement(By.id("patrol-partner-agency")).getText()).contains("Chi đội Quản lý biên giới Hồng Hà");
        screenshot("detail");
        String detailUrl = browser().getCurrentUrl();

        open("/patrols");
        browser().findElement(By.id("text")).sendKeys("browser-patrol");
        clickAndWaitForNextPage(By.id("apply-filter"));
        List<WebElement> rows = waitFor(By.id("patrols")).findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains(yesterday, "Chi đội Quản lý biên giới Hồng Hà", "100(2) – 103", "14", "11");
        screenshot("list");
        clickAndWaitForNextPage(By.linkText(yesterday));
        assertThat(browser().getCurrentUrl()).isEqualTo(detailUrl);

        long id = Long.parseLong(detailUrl.substring(detailUrl.lastIndexOf('/') + 1));
        PatrolView saved = fixtures.asSystemAdmin(() -> patrols.require(id));
        assertThat(saved.kind()).isEqualTo(PatrolKind.JOINT);
        assertThat(saved.ourAgencyId()).isEqualTo(fixtures.agency("VN-LC-BDBP-CKQT").id());
        assertThat(saved.partnerAgencyId()).isEqualTo(honghe);
        assertThat(saved.borderGateId()).isEqualTo(1L);
        assertThat(saved.date()).isEqualTo(LocalDate.now().minusDays(1));
    }

    private void save() {
        clickAndWaitForNextPage(By.id("save"));
    }
}
