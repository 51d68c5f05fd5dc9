package org.borderliaison.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * Base of browser journeys: one headless Chromium per test class against the shared context's server.
 * The browser and its driver are Debian's ({@code chromium}, {@code chromium-driver}), started by path,
 * so Selenium Manager never runs and nothing is downloaded. Without them each test is skipped with the
 * reason, or the class fails when the environment variable {@code CI} is set. Each test starts signed out and in the default
 * language (cookies cleared); a failing test leaves {@code target/screenshots/<Class>-<test>-FAILED.png}.
 * Classes run one after another (the browser is held in static fields).
 */
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static ChromeDriver browser;
    private static Path profile;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        Optional<String> missing = missingBrowser();
        if (missing.isPresent()) {
            if (System.getenv("CI") != null) {
                fail("CI is set but " + missing.get());
            }
            return; // each test skips itself (an abort here would vanish from Surefire's report)
        }
        profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "tmp")), "chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1366,900", "--lang=vi",
                        "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            browser = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        try {
            if (browser != null) {
                browser.quit(); // also stops chromedriver
            }
        } finally {
            browser = null;
            if (profile != null) {
                FileSystemUtils.deleteRecursively(profile);
                profile = null;
            }
        }
    }

    private static Optional<String> missingBrowser() {
        return Stream.of(CHROMIUM, CHROMEDRIVER).filter(executable -> !Files.isExecutable(executable)).findFirst()
                .map(executable -> executable + " is missing: install chromium and chromium-driver");
    }

    @BeforeEach
    void startSignedOutInTheDefaultLanguage() {
        missingBrowser().ifPresent(problem -> Assumptions.abort("Browser test skipped: " + problem + " (set CI to make this a failure)"));
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    protected WebDriver browser() {
        return browser;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Loads a page of the application, e.g. {@code open("/agencies")}; returns once it has loaded. */
    protected void open(String path) {
        browser.get(url(path));
    }

    /** Fills in and submits the real login form; returns once the next page has loaded. */
    protected void signIn(String username, String password) {
        open("/login");
        waitFor(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNextPage(By.id("sign-in"));
    }

    /** The visible element, waiting for it to appear. */
    protected WebElement waitFor(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits for the condition; elements that htmx replaces while it is being checked are looked up again. */
    protected <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, TIMEOUT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the browser shows {@code path} (with its query string) of the application. */
    protected void waitForPath(String path) {
        waitUntil(ExpectedConditions.urlToBe(url(path)));
    }

    /** Clicks the element; if htmx replaces it before the click lands, the new one is looked up and clicked. */
    protected void click(By locator) {
        new WebDriverWait(browser, TIMEOUT).ignoring(StaleElementReferenceException.class).until(driver -> {
            clickWhenUncovered(waitUntil(ExpectedConditions.elementToBeClickable(locator)));
            return true;
        });
    }

    /**
     * Types into a type-ahead picker ({@code fragments/forms :: agencyPicker} or the agreement picker) and
     * chooses an option; returns once the picker's hidden field holds the option's id.
     */
    protected void pick(String pickerId, String typed, By option) {
        searchPicker(pickerId, typed);
        choose(pickerId, option);
    }

    /**
     * Types into a type-ahead picker and returns the labels of the options offered for {@code typed}. The
     * options are fetched on focus and again as the text is typed, so a list seen early may be replaced by a
     * later answer: waits for the answer to the whole of {@code typed}.
     */
    protected List<String> searchPicker(String pickerId, String typed) {
        String listId = pickerId + "-options";
        browser.executeScript("""
                if (!window.pickerAnswers) {
                  window.pickerAnswers = {};
                  document.addEventListener('htmx:afterSettle', function (event) {
                    var url = event.detail.xhr && event.detail.xhr.responseURL;
                    if (url) window.pickerAnswers[event.detail.target.id] = new URL(url).searchParams.get('q');
                  });
                }
                delete window.pickerAnswers[arguments[0]];""", listId);
        WebElement input = waitFor(By.id(pickerId + "-search"));
        input.clear();
        input.sendKeys(typed);
        waitUntil(driver -> typed.equals(browser.executeScript("return window.pickerAnswers[arguments[0]]", listId)));
        return browser.findElements(By.cssSelector("#" + listId + " .picker-option")).stream()
                .map(element -> element.getDomAttribute("data-label")).toList();
    }

    /** Chooses an offered option of a picker; returns once the picker's hidden field holds the option's id. */
    protected void choose(String pickerId, By option) {
        String listId = pickerId + "-options";
        By inList = new ByChained(By.id(listId), option);
        String id = waitFor(inList).getDomAttribute("data-id");
        click(inList);
        By value = By.xpath("//div[@id='" + listId + "']/../input[contains(@class, 'picker-value')]");
        waitUntil(driver -> id.equals(driver.findElement(value).getDomProperty("value")));
    }

    /** The option of a picker for the record {@code id} (its {@code data-id}). */
    protected static By pickerOption(long id) {
        return By.cssSelector(".picker-option[data-id='" + id + "']");
    }

    /** The option of a picker whose text starts with {@code label}. */
    protected static By pickerOption(String label) {
        return By.xpath(".//a[contains(@class, 'picker-option')][starts-with(normalize-space(.), '" + label + "')]");
    }

    /** Clicks a link or submit button and waits until the page it was on has been replaced. */
    protected void clickAndWaitForNextPage(By locator) {
        WebElement element = waitUntil(ExpectedConditions.elementToBeClickable(locator));
        clickWhenUncovered(element);
        waitUntil(driver -> isGone(element));
    }

    /**
     * Whether the element has left the page. While the next page replaces the document, Chromium may answer
     * a probe with "node does not belong to the document" instead of a stale-element error: gone all the same.
     */
    protected static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    /**
     * Clicks the element once nothing lies over it: a picker's option list or an htmx swap may still cover
     * it for a moment on a busy machine.
     */
    protected void clickWhenUncovered(WebElement element) {
        new WebDriverWait(browser, TIMEOUT).ignoring(ElementClickInterceptedException.class).until(driver -> {
            centred(element).click();
            return true;
        });
    }

    /**
     * Scrolls the element to the middle of the window: Chromium clicks the centre of an element, and at the
     * window's edge that point may lie under a neighbouring button. Instant, because Bootstrap makes scrolling
     * smooth and a click during the scroll lands on whatever passes by.
     */
    protected WebElement centred(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'})", element);
        return element;
    }

    /** Saves what the browser shows as {@code target/screenshots/<TestClass>-<name>.png}. */
    protected Path screenshot(String name) {
        return screenshot(getClass(), name);
    }

    /**
     * Saves the whole page, not only the window, as {@code target/screenshots/<TestClass>-<name>.png} (Chromium draws
     * beyond the window on request; at most {@code maxHeight} CSS pixels of it, to keep the files small).
     */
    protected Path screenshotOfWholePage(String name, int maxHeight) {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        // Drawn beyond the window, the page has no scroll bar and takes the window's whole width: capture all of it.
        double width = Math.max(((Number) content.get("width")).doubleValue(),
                ((Number) browser.executeScript("return window.innerWidth")).doubleValue());
        double height = Math.min(((Number) content.get("height")).doubleValue(), maxHeight);
        Object png = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1))).get("data");
        try {
            Path file = Files.createDirectories(SCREENSHOTS).resolve(getClass().getSimpleName() + "-" + name + ".png");
            return Files.write(file, java.util.Base64.getDecoder().decode((String) png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path screenshot(Class<?> testClass, String name) {
        try {
            Path file = Files.createDirectories(SCREENSHOTS).resolve(testClass.getSimpleName() + "-" + name + ".png");
            return Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps the page a test failed on. Runs after {@code @AfterEach} (which must therefore not navigate);
     * JUnit logs anything it throws without hiding the test's own failure.
     */
    static final class ScreenshotOnFailure implements TestWatcher {

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null && browser.getCurrentUrl().startsWith("http")) { // a page was loaded
                screenshot(context.getRequiredTestClass(), context.getRequiredTestMethod().getName() + "-FAILED");
            }
        }
    }
}
