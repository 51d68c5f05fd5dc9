package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderliaison.shared.Role;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A Lào Cai officer records a memorandum with the Hekou county bureau in a real browser: parties and
 * signatory chosen with the type-ahead picker, a signatory row added in place (htmx), the signed scan
 * attached; then finds it in the list filtered by partner.
 */
class AgreementJourneyTest extends BrowserTest {

    @Test
    void anOfficerRecordsAMemorandumWithHekouAndFindsItByPartner() throws Exception {
        fixtures.account("browser-agr-officer-lc", "VN-LC-CA", Role.OFFICER);
        String title = "Biên bản ghi nhớ hợp tác phòng, chống ma túy Lào Cai – Hà Khẩu " + System.nanoTime() % 100_000;

        signIn("browser-agr-officer-lc", Fixtures.PASSWORD);
        open("/agreements/new");
        waitFor(By.id("titleVi")).sendKeys(title);
        new Select(browser().findElement(By.id("kind"))).selectByValue("MEMORANDUM_OF_UNDERSTANDING");
        browser().findElement(By.id("signedOn")).sendKeys("12/09/2025");
        browser().findElement(By.id("validTo")).sendKeys("11/09/2028");
        pick("parties0-agencyId", "cong an tinh lao cai", pickerOption("Công an tỉnh Lào Cai"));
        pick("parties1-agencyId", "ha khau", pickerOption("Cục Công an huyện Hà Khẩu"));

        click(By.id("signatories-add"));
        WebElement name = waitFor(By.id("signatories0.name"));
        waitUntil(driver -> name.equals(driver.switchTo().activeElement()));
        name.sendKeys("Nguyễn Văn Hùng");
        browser().findElement(By.id("signatories0.rank")).sendKeys("Đại tá");
        pick("signatories0-agencyId", "lao cai", pickerOption("Công an tỉnh Lào Cai"));
        click(By.cssSelector("input[name=fields][value=DRUG_CRIME]"));
        screenshot("form-filled");
        clickAndWaitForNextPage(By.id("save"));
        assertThat(waitFor(By.id("agreement-title")).getText()).isEqualTo(title);
        assertThat(browser().findElement(By.id("flash")).getText()).contains("Đã thêm văn bản hợp tác.");
        assertThat(browser().findElement(By.id("partner-parties")).getText()).contains("Cục Công an huyện Hà Khẩu").contains("河口县公安局");
        assertThat(browser().findElement(By.id("signatories")).getText()).contains("Đại tá Nguyễn Văn Hùng");
        assertThat(browser().findElement(By.id("validity")).getText()).isEqualTo("12/09/2025 – 11/09/2028");
        String detailUrl = browser().getCurrentUrl();

        Path scan = Files.createDirectories(Path.of("target", "tmp")).resolve("bien-ban-ky-ket.pdf");
        Files.write(scan, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser().findElement(By.id("file")).sendKeys(scan.toAbsolutePath().toString());
        clickAndWaitForNextPage(By.id("upload"));
        assertThat(waitFor(By.id("attachment-list")).getText()).contains("bien-ban-ky-ket.pdf");
        screenshot("detail");

        open("/agreements");
        pick("partnerAgencyId", "ha khau", pickerOption("Cục Công an huyện Hà Khẩu"));
        clickAndWaitForNextPage(By.id("apply-filter"));
        assertThat(waitFor(By.id("agreements")).getText()).contains(title);
        screenshot("list-by-partner");
        assertThat(browser().findElement(By.linkText(title)).getDomProperty("href")).isEqualTo(detailUrl.replaceAll("#.*$", ""));
    }
}
