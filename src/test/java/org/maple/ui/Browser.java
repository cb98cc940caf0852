package org.maple.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests. Every page the test reaches (by URL, click or key)
 * is scanned with axe-core for WCAG 2.0/2.1/2.2 A and AA rules; a serious or critical violation
 * fails the test at once, naming the rule, the page and the elements.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");

    private final ChromeDriver raw;
    private final WebDriver driver;
    private final Set<String> scanned = new HashSet<>();
    private final List<String> pagesScanned = new ArrayList<>();

    private Browser() {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(BrowserAvailable.CHROMIUM.toFile());
        try {
            o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=en-GB",
                    "--user-data-dir=" + Files.createTempDirectory("maple-chrome"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserAvailable.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        raw = new ChromeDriver(service, o);
        raw.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver = new EventFiringDecorator<WebDriver>(new AxeListener(this)).decorate(raw);
    }

    /** Scans after every call that may have brought a new page (public: Selenium calls it reflectively). */
    public static final class AxeListener implements WebDriverListener {
        private final Browser browser;

        AxeListener(Browser browser) {
            this.browser = browser;
        }

        @Override
        public void afterGet(WebDriver d, String url) {
            browser.scanIfNewPage();
        }

        @Override
        public void afterClick(WebElement element) {
            browser.scanIfNewPage();
        }

        @Override
        public void afterSendKeys(WebElement element, CharSequence... keys) {
            browser.scanIfNewPage();
        }

        @Override
        public void afterAnyNavigationCall(WebDriver.Navigation navigation, Method method, Object[] args, Object result) {
            browser.scanIfNewPage();
        }
    }

    public static Browser start() {
        return new Browser();
    }

    public WebDriver driver() {
        return driver;
    }

    public void get(String url) {
        driver.get(url);
    }

    public WebElement find(By by) {
        try {
            return new WebDriverWait(raw, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("missing-element");
            String body = raw.findElement(By.tagName("body")).getText();
            throw new AssertionError("No element " + by + " on " + raw.getCurrentUrl() + " (title '" + raw.getTitle()
                    + "'); the page says: " + body.substring(0, Math.min(600, body.length())), e);
        }
    }

    /** Types into a field as a keyboard user would (the field gets focus first). */
    public void type(By by, String text) {
        find(by);
        WebElement e = driver.findElement(by);
        e.clear();
        e.sendKeys(text);
    }

    /** Activates a link or button with the Enter key. */
    public void press(By by) {
        find(by);
        driver.findElement(by).sendKeys(Keys.ENTER);
        waitForPage();
    }

    public void waitForUrl(String part) {
        new WebDriverWait(raw, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(part));
        waitForPage();
    }

    public String text(By by) {
        return find(by).getText();
    }

    public String url() {
        return raw.getCurrentUrl();
    }

    public List<String> pagesScanned() {
        return pagesScanned;
    }

    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            Files.write(dir.resolve(name + ".png"), raw.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitForPage() {
        new WebDriverWait(raw, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        scanIfNewPage();
    }

    /** Scans the current page with axe-core once per distinct page (URL and title). */
    private void scanIfNewPage() {
        String key = raw.getCurrentUrl() + "|" + raw.getTitle();
        if (!scanned.add(key)) {
            return;
        }
        pagesScanned.add(raw.getCurrentUrl());
        Results results = new AxeBuilder().withTags(TAGS).analyze(raw);
        List<Rule> bad = results.getViolations().stream().filter(v -> FAILING.contains(v.getImpact())).toList();
        if (!bad.isEmpty()) {
            String report = bad.stream().map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n  "));
            ((TakesScreenshot) raw).getScreenshotAs(OutputType.BYTES);
            throw new AssertionError("Accessibility violations on " + raw.getCurrentUrl() + ":\n  " + report);
        }
    }

    @Override
    public void close() {
        raw.quit();
    }
}
