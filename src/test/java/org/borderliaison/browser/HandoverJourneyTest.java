package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.borderliaison.shared.Role;
import org.borderliaison.support.BrowserTest;
import org.borderliaison.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A Lạng Sơn officer records the handover of three wanted persons to Guangxi with their names, then prints the
 * bilingual handover record and downloads it as a PDF, which names the three persons under Chinese headings.
 */
class HandoverJourneyTest extends BrowserTest {

    private static final long LANG_SON = 14;
    private static final long GUANGXI = 38;
    private static final List<String> NAMES = List.of("Lương Văn Thắng", "Hoàng Thị Nguyệt", "Triệu Quốc Khánh");

    @Test
    void anOfficerRecordsThreeWantedPersonsHandedToGuangxiAndPrintsTheRecord() throws Exception {
        fixtures.account("browser-handover-ls", "VN-LS-CA", Role.OFFICER);
        signIn("browser-handover-ls", Fixtures.PASSWORD);
        open("/handovers");
        clickAndWaitForNextPage(By.id("new-handover"));

        new Select(waitFor(By.id("direction"))).selectByValue("HANDED_OVER");
        new Select(browser().findElement(By.id("category"))).selectByValue("WANTED_FUGITIVE");
        browser().findElement(By.id("date")).sendKeys(LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        pick("ourAgencyId", "lang son", pickerOption(LANG_SON));
        pick("partnerAgencyId", "quang tay", pickerOption(GUANGXI));
        browser().findElement(By.id("quantity")).sendKeys("3");
        new Select(browser().findElement(By.id("legalBasisKind"))).selectByValue("WANTED_NOTICE");
        browser().findElement(By.id("legalBasisReference")).sendKeys("Lệnh truy nã 15/2024");

        for (int i = 0; i < NAMES.size(); i++) {
            click(By.id("persons-add"));
            By nameField = By.name("persons[" + i + "].fullName");
            waitFor(nameField);
            // htmx swapped the rows in place: the focus is already in the new row's first field
            waitUntil(driver -> nameField.findElement(driver).equals(driver.switchTo().activeElement()));
            browser().findElement(nameField).sendKeys(NAMES.get(i));
            browser().findElement(By.name("persons[" + i + "].birthYear")).sendKeys(String.valueOf(1980 + i));
            new Select(browser().findElement(By.name("persons[" + i + "].nationality"))).selectByValue("CN");
        }
        assertThat(browser().findElements(By.cssSelector("#persons-rows .dynamic-row"))).hasSize(3);
        screenshot("form");
        clickAndWaitForNextPage(By.id("save"));

        assertThat(waitFor(By.id("flash")).getText()).contains("Đã ghi nhận");
        String detailPath = URI.create(browser().getCurrentUrl()).getPath();
        List<String> listed = browser().findElements(By.cssSelector("#persons tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
        assertThat(listed).containsExactlyElementsOf(NAMES);
        screenshot("detail");

        clickAndWaitForNextPage(By.id("print-record"));
        WebElement record = waitFor(By.id("handover-record"));
        assertThat(record.getText()).contains("BIÊN BẢN BÀN GIAO", "移交记录", "人员名单").contains(NAMES);
        screenshot("record");

        String pdfPath = detailPath + "/record.pdf";
        assertThat(browser().findElement(By.id("record-pdf")).getDomAttribute("href")).endsWith(pdfPath);
        byte[] pdf = download(pdfPath);
        java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"))
                .resolve("HandoverJourneyTest-record.pdf"), pdf); // kept beside the screenshots for a look
        String text = pdfText(pdf);
        assertThat(text).contains("BIÊN BẢN BÀN GIAO", "移交记录", "人员名单", "姓名", "在逃通缉人员", "广西壮族自治区公安厅").contains(NAMES);
    }

    /** Fetches a file with the browser's session, as a click on the download link would. */
    private byte[] download(String path) throws IOException, InterruptedException {
        String cookies = browser().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\r", "").replace("\n", "");
        }
    }
}
