package org.borderliaison.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The reporting staff of Lạng Sơn print their cooperation summary with Guangxi for 2018 – 23/3/2022: they choose
 * the period and the partner, read the figures, check one of them against the records behind it, and download the
 * PDF, which holds the same figures.
 */
class SummaryJourneyTest extends BrowserTest {

    private static final long GUANGXI = 38;

    @Test
    void langSonReportingStaffPrintTheirSummaryWithGuangxi() throws Exception {
        fixtures.account("browser-reporter-ls", "VN-LS-CA", Role.REPORTER);
        signIn("browser-reporter-ls", Fixtures.PASSWORD);
        clickAndWaitForNextPage(By.id("nav-reports"));
        // The page opens on the reader's own province for the current year, as the official report will print it.
        assertThat(waitFor(By.id("summary")).getText()).contains("CÔNG AN TỈNH LẠNG SƠN", "Độc lập - Tự do - Hạnh phúc");

        WebElement from = browser().findElement(By.id("from"));
        from.clear();
        from.sendKeys("01/01/2018");
        WebElement to = browser().findElement(By.id("to"));
        to.clear();
        to.sendKeys("23/03/2022");
        pick("partnerAgencyId", "quang tay", pickerOption(GUANGXI));
        clickAndWaitForNextPage(By.id("show-summary"));

        assertThat(waitFor(By.id("summary-period")).getText()).contains("01/01/2018", "23/03/2022");
        assertThat(browser().findElement(By.id("narrative")).getText())
                .startsWith("Đã tổ chức 03 đoàn công tác xuất cảnh, 51 cuộc hội đàm tại thực địa");
        assertThat(browser().findElement(By.cssSelector("#case-ILLEGAL_ENTRY_EXIT .current")).getText()).isEqualTo("336");
        screenshot("summary");
        // The trend by month (51 months: a column per year) and the split by partner, as staff see them.
        ((org.openqa.selenium.JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})",
                browser().findElement(By.id("section-trend")));
        assertThat(browser().findElement(By.id("section-trend")).getText()).contains("2018", "2022");
        screenshot("charts");

        // Staff check a figure: the 3 outgoing delegations lead to the list of those 3 meetings.
        WebElement delegations = browser().findElement(By.cssSelector("#meeting-OUTGOING_DELEGATION .current a"));
        assertThat(delegations.getText()).isEqualTo("3");
        clickAndWaitForNextPage(By.cssSelector("#meeting-OUTGOING_DELEGATION .current a"));
        waitUntil(ExpectedConditions.urlContains("/meetings"));
        assertThat(browser().findElements(By.cssSelector("tr[id^='meeting-']"))).hasSize(3);
        screenshot("records-behind-a-figure");
        browser().navigate().back();

        WebElement pdfLink = waitFor(By.id("download-pdf"));
        String href = pdfLink.getDomAttribute("href");
        assertThat(href).contains("/reports/summary.pdf", "from=2018-01-01", "to=2022-03-23", "partnerAgencyId=" + GUANGXI);
        byte[] pdf = download(href);
        Path kept = Files.createDirectories(Path.of("target", "screenshots")).resolve("SummaryJourneyTest-summary.pdf");
        Files.write(kept, pdf);
        String text = pdfText(pdf);
        assertThat(text).contains("CÔNG AN TỈNH LẠNG SƠN", "Đã tổ chức 03 đoàn công tác xuất cảnh, 51 cuộc hội đàm tại thực địa",
                "12.962", "Nơi nhận:");
        // Decree 30 numbers pages from the second on: the number alone heads page 2.
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper secondPage = new PDFTextStripper();
            secondPage.setStartPage(2);
            secondPage.setEndPage(2);
            assertThat(secondPage.getText(document).strip()).as("page numbers").startsWith("2");
        }
    }

    /** Fetches a file with the browser's session, as a click on the download link would. */
    private byte[] download(String href) throws IOException, InterruptedException {
        String cookies = browser().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        URI target = URI.create(browser().getCurrentUrl()).resolve(href);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(target).header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\r", "").replace("\n", " ");
        }
    }
}
