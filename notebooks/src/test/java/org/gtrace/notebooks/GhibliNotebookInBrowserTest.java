package org.gtrace.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 01-ghibli.ipynb in a real browser: the classic Notebook server with the gtrace kernel, headless
 * Chromium, "Cell > Run All" from the menu, then the results table and an SVG chart must be on the
 * page and no cell may show an error. Runs with -Dgtrace.browser=true (bin/test.d/50-notebooks.sh);
 * the screenshot is kept in notebooks/target/browser/.
 */
@EnabledIfSystemProperty(named = "gtrace.browser", matches = "true")
class GhibliNotebookInBrowserTest {

    private static final String NOTEBOOK = "01-ghibli.ipynb";
    private static NotebookServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = NotebookServer.start(Path.of(System.getProperty("gtrace.root")).toRealPath());
        Path profile = Files.createTempDirectory("gtrace-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(executable("chromium")));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("chromedriver"))).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) browser.quit();
        } finally {
            if (server != null) server.close();
        }
    }

    @Test
    void runAllShowsTheResultsTableAndAnSvgChart() throws Exception {
        browser.get(server.url(NOTEBOOK));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.until(d -> Boolean.TRUE.equals(js("return !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel"
                + " && Jupyter.notebook.kernel.is_connected() && Jupyter.notebook._fully_loaded);")));
        // Start from empty outputs so what is asserted below was produced in this browser, now.
        js("Jupyter.notebook.clear_all_output();");
        assertEquals(0L, js("return document.querySelectorAll('.output_svg svg, .output_html table').length;"));

        browser.findElement(By.linkText("Cell")).click();
        browser.findElement(By.cssSelector("#run_all_cells > a")).click();
        wait.until(d -> Boolean.TRUE.equals(js("return Jupyter.notebook.kernel_busy === false"
                + " && Jupyter.notebook.get_cells().every(c => c.cell_type !== 'code' || c.get_text().trim() === ''"
                + "   || (typeof c.input_prompt_number === 'number'));")));

        screenshot();
        List<WebElement> errors = browser.findElements(By.cssSelector(".output_error, .output_stderr"));
        assertTrue(errors.isEmpty(), () -> "cells showed errors: " + errors.get(0).getText());

        WebElement table = browser.findElement(By.cssSelector(".output_html table"));
        assertTrue(table.getText().contains("CO2e"), "the first table has no CO2e column: " + table.getText());
        assertTrue(table.findElements(By.tagName("td")).size() >= 2, "the results table has no rows");

        List<WebElement> charts = browser.findElements(By.cssSelector(".output_svg svg"));
        assertTrue(!charts.isEmpty(), "no SVG chart on the page");
        String chartText = charts.get(0).getText() + " " + js("return arguments[0].textContent;", charts.get(0));
        assertTrue(chartText.contains("Source:"), "the chart has no source line: " + chartText);
        assertTrue(charts.get(0).getSize().getHeight() > 100, "the chart is not drawn at a readable size");
    }

    @Test
    void cellsAreHighlightedAndCommentWithAHash() {
        // kernel.js in the kernelspec defines the 'gtrace' mode: cells were plain text and Ctrl+/ did nothing
        browser.get(server.url(NOTEBOOK));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.until(d -> Boolean.TRUE.equals(js("return !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel"
                + " && Jupyter.notebook.kernel.is_connected() && Jupyter.notebook._fully_loaded"
                + " && document.querySelector('.CodeMirror .cm-keyword'));")));
        Object keywords = js("return [...document.querySelectorAll('.CodeMirror .cm-keyword')].map(e => e.textContent);");
        assertTrue(keywords.toString().contains("workload"), "keywords: " + keywords);
        assertTrue(js("return [...document.querySelectorAll('.CodeMirror .cm-number')].map(e => e.textContent);").toString()
                .contains("700M"));
        assertEquals("#", js("return CodeMirror.getMode({}, 'gtrace').lineComment;"));
        Object toggled = js("var cm = Jupyter.notebook.get_cells().find(c => c.cell_type === 'code').code_mirror;"
                + "cm.setSelection({line: 0, ch: 0}, {line: 0, ch: 1}); cm.execCommand('toggleComment');"
                + "var line = cm.getLine(0); cm.execCommand('toggleComment'); return [line, cm.getLine(0)];");
        assertTrue(toggled.toString().startsWith("[# workload"), "Ctrl+/ comments the line: " + toggled);
        assertTrue(toggled.toString().contains(", workload"), "and uncomments it: " + toggled);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void screenshot() throws Exception {
        Path dir = Path.of(System.getProperty("gtrace.screenshots", "target/browser"));
        Files.createDirectories(dir);
        long height = (Long) js("return Math.max(document.body.scrollHeight, document.getElementById('notebook').scrollHeight);");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) Math.min(height + 200, 16000)));
        Files.write(dir.resolve("01-ghibli.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static String executable(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File f = new File(dir, name);
            if (f.canExecute()) return f.getPath();
        }
        throw new IllegalStateException(name + " is not on PATH: install the Debian packages chromium and chromium-driver");
    }
}
