package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.attache.query.QueryRunner;
import org.w3id.attache.store.Store;
import org.w3id.attache.web.WebFixture;

/**
 * The pages in a real browser: headless Chromium driven by chromedriver over the web fixture.
 * Skipped, with the reason, when Chromium or chromedriver is not installed; {@code .ci/run}
 * installs both. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private Store store;
    private SparqlServer server;
    private ChromeDriverService driverService;
    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;
    private String root;
    /** Why the browser tests cannot run here, or null when they can. */
    private String missing;

    @BeforeAll
    void start() throws IOException {
        Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = executable("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            missing = "browser tests skipped: " + (chromium.isEmpty() ? "no chromium" : "no chromedriver")
                    + " on the PATH (apt-get install chromium chromium-driver; .ci/run does)";
            System.err.println("BrowserIT: " + missing);
            return;
        }
        store = WebFixture.store();
        Map<String, String> queries = new LinkedHashMap<>();
        for (String name : QueryRunner.NAMES) {
            queries.put(name, QueryRunner.shippedText(name));
        }
        server = SparqlServer.create().dataset(store.datasetGraph()).port(0).queries(queries).build().start();
        root = server.homeUrl();

        profile = Files.createTempDirectory("attache-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=1200,1000");
        // the driver is named explicitly, so Selenium Manager never looks for one on the internet
        driverService = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driverService, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(missing == null, missing);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (driverService != null) {
            driverService.stop();
        }
        if (server != null) {
            server.stop();
            store.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static Optional<Path> executable(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : names) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private void screenshot(String name) throws IOException {
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    @Test
    void theQueryListOpensAQueryInTheEditorAndItRuns() throws IOException {
        browser.get(root + "/queries");
        browser.findElement(By.linkText("visits")).click();
        WebElement run = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));
        wait.until(d -> ((String) ((JavascriptExecutor) d).executeScript(
                "return document.querySelector('.CodeMirror').CodeMirror.getValue()")).contains("Competency question"));
        String inEditor = (String) ((JavascriptExecutor) browser).executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
        assertEquals(QueryRunner.shippedText("visits").strip(), inEditor.strip());
        run.click();
        List<WebElement> rows = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".yasr table.dataTable tbody tr"), 0));
        screenshot("editor-visits");
        // the fixture's two visits that happened (the third is negated)
        assertEquals(2, rows.size(), () -> rows.stream().map(WebElement::getText).toList().toString());
        String table = browser.findElement(By.cssSelector(".yasr table.dataTable")).getText();
        assertTrue(table.contains("Min Aung Hlaing") && table.contains("Moscow"), table);
        assertTrue(table.contains("Vladimir Putin") && table.contains("Beijing"), table);
    }

    /**
     * The server is read-only and has no admin module: the UI offers no way to manage datasets,
     * upload or edit, where each would only fail; what it can do (list the dataset, query, show
     * its endpoints) is still there.
     */
    @Test
    void theEditorOffersOnlyWhatAReadOnlyServerCanDo() throws IOException {
        browser.get(root + "/sparql-ui/#/dataset/attache/query");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));
        List<String> shown = browser.findElements(By.tagName("a")).stream().filter(WebElement::isDisplayed)
                .map(a -> a.getAttribute("href")).filter(h -> h != null).toList();
        screenshot("editor-read-only");
        assertTrue(shown.stream().anyMatch(h -> h.endsWith("#/dataset/attache/query")), shown.toString());
        assertTrue(shown.stream().anyMatch(h -> h.endsWith("#/dataset/attache/info")), shown.toString());
        for (String gone : List.of("#/manage", "/upload", "/edit")) {
            assertTrue(shown.stream().noneMatch(h -> h.contains(gone)), () -> gone + " is offered: " + shown);
        }

        browser.get(root + "/sparql-ui/#/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.jena-table tbody button")));
        screenshot("datasets-read-only");
        List<String> offered = browser.findElements(By.cssSelector("a, button")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getText().strip().toLowerCase()).filter(t -> !t.isEmpty()).toList();
        assertTrue(offered.contains("query"), offered.toString());
        for (String gone : List.of("remove", "backup", "add data", "edit", "manage")) {
            assertTrue(offered.stream().noneMatch(t -> t.contains(gone)), () -> gone + " is offered: " + offered);
        }
    }

    @Test
    void anEntityPageLeadsToTheHighlightedSentence() throws IOException {
        browser.get(root + "/id/person/vladimir-putin");
        assertEquals("Vladimir Putin", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Q7747", browser.findElement(By.cssSelector("a.wikidata")).getText());
        screenshot("entity-vladimir-putin");
        // the meeting's sentence in the facts table (the holdings table links the same sentence to f3)
        WebElement sentence = browser.findElement(By.cssSelector("table.facts a.sentence[href$='#fact-f2']"));
        assertTrue(sentence.getText().startsWith("He met President Vladimir Putin"), sentence.getText());
        clickAndAwaitNewPage(sentence);
        wait.until(ExpectedConditions.urlContains("/id/article/a1#fact-f2"));
        assertEquals("Junta chief in Moscow", browser.findElement(By.tagName("h1")).getText());
        WebElement span = browser.findElement(By.id("span-74-149"));
        assertEquals("mark", span.getTagName());
        assertTrue(span.getText().startsWith("He met President Vladimir Putin in May, and the two spoke of <closer> ties."), span.getText());
        assertNotEquals("rgba(0, 0, 0, 0)", span.getCssValue("background-color"), "the sentence is highlighted");
        // the fact's row is the link's target, and its sentence leads back to the span
        WebElement row = browser.findElement(By.id("fact-f2"));
        assertEquals("rgba(255, 213, 79, 1)", row.getCssValue("background-color"), "the row is the :target");
        screenshot("article-a1");
        row.findElement(By.cssSelector("a.sentence")).click();
        wait.until(ExpectedConditions.urlContains("#span-74-149"));
        assertEquals("rgba(255, 213, 79, 1)", browser.findElement(By.id("span-74-149")).getCssValue("background-color"));
    }

    /**
     * Clicks and waits until a new document has loaded. The old page is marked in script and the wait asks the
     * window, never the old nodes: asking a node of a page being replaced can fail in chromedriver with an
     * inspector error rather than report it stale.
     */
    private void clickAndAwaitNewPage(WebElement target) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.attacheOldPage = true;");
        target.click();
        wait.ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.attacheOldPage === undefined && document.readyState === 'complete';")));
    }

    /** Submits the timeline's filter form and returns the new page's chart. */
    private WebElement filtered() {
        clickAndAwaitNewPage(browser.findElement(By.cssSelector("#timeline-filter button")));
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
    }

    @Test
    void theTimelineShowsAndFilters() throws IOException {
        browser.get(root + "/timeline");
        WebElement svg = browser.findElement(By.id("timeline"));
        assertEquals(3, svg.findElements(By.cssSelector("a.event")).size());
        screenshot("timeline");
        new Select(browser.findElement(By.id("filter-actor"))).selectByVisibleText("Vladimir Putin");
        assertEquals(2, filtered().findElements(By.cssSelector("a.event")).size());
        new Select(browser.findElement(By.id("filter-country"))).selectByVisibleText("China");
        List<WebElement> events = filtered().findElements(By.cssSelector("a.event"));
        assertEquals(1, events.size());
        screenshot("timeline-putin-china");
        clickAndAwaitNewPage(events.get(0));
        wait.until(ExpectedConditions.urlContains("/id/article/a2#fact-f5"));
        assertEquals("Putin in Beijing", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void theHomePageSearchFindsAnEntityAsOneTypesAndLeadsToIt() throws IOException {
        browser.get(root + "/");
        assertEquals("attache", browser.findElement(By.tagName("h1")).getText());
        WebElement box = browser.findElement(By.id("search-box"));
        box.sendKeys("hlai");
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-results a.search-hit")));
        assertEquals("Min Aung Hlaing", hit.getText());
        assertTrue(browser.findElement(By.id("search-results")).getText().contains("Person, Myanmar"),
                browser.findElement(By.id("search-results")).getText());
        screenshot("home");
        clickAndAwaitNewPage(hit);
        wait.until(ExpectedConditions.urlContains("/id/person/min-aung-hlaing"));
        assertEquals("Min Aung Hlaing", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void anOldEditorLinkAtTheRootOpensTheEditorAtItsNewPath() {
        browser.get(root + "/#/dataset/attache/query");
        wait.until(ExpectedConditions.urlContains("/sparql-ui/#/dataset/attache/query"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));
    }

    @Test
    void anEdgeOfTheRelationsLeadsToItsEventsAndSentences() throws IOException {
        browser.get(root + "/relations");
        List<WebElement> edges = browser.findElements(By.cssSelector("svg#relations a.edge"));
        assertEquals(2, edges.size());
        screenshot("relations");
        WebElement edge = browser.findElement(By.cssSelector("svg#relations a.edge[data-a='Myanmar'][data-b='Russia']"));
        clickAndAwaitNewPage(edge);
        wait.until(ExpectedConditions.urlContains("/relations/events?"));
        assertEquals("Events between Myanmar and Russia", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> sentences = browser.findElements(By.cssSelector("table.relation-events a.sentence"));
        assertEquals(2, sentences.size());
        assertTrue(sentences.get(0).getText().startsWith("He met President Vladimir Putin"), sentences.get(0).getText());
        screenshot("relation-events");
        clickAndAwaitNewPage(sentences.get(0));
        wait.until(ExpectedConditions.urlContains("/id/article/a1#fact-f2"));
        assertEquals("Junta chief in Moscow", browser.findElement(By.tagName("h1")).getText());
    }
}
