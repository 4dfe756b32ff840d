package de.dortmund.miadoki.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium against the deployed portal. Every page opened
 * through {@link #open} or reached by {@link #login} is checked with axe-core (WCAG 2.1 AA): any
 * serious or critical finding fails the test.
 */
public final class Browser implements AutoCloseable {

  private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** The page states checked in this test run (one JVM per server run). */
  private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

  /** A hash of the page's structure (FNV-1a over tag, id, class, role and style) and its size. */
  private static final String PAGE_STRUCTURE =
      "var h = 2166136261; function add(s) { for (var i = 0; i < s.length; i++) {"
          + " h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); } }"
          + "add(document.documentElement.lang || '');"
          + "var all = document.body.getElementsByTagName('*');"
          + "for (var i = 0; i < all.length; i++) { var e = all[i]; add(e.tagName); add(e.id);"
          + " add(e.getAttribute('class') || ''); add(e.getAttribute('role') || '');"
          + " add(e.getAttribute('style') || ''); add('|'); }"
          + "return (h >>> 0).toString(16) + ':' + all.length;";

  private final WebDriver driver;
  private final String base;

  public Browser(URL deployment) {
    String url = deployment.toExternalForm();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--lang=de-DE");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /** What a phone shows: a 390 px wide, touch-sized viewport (the page's media queries apply). */
  public void phone() {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
  }

  /**
   * Elements on the page that are wider than the window or clip their text: everything visible must
   * fit in the width (nothing to scroll sideways), and nothing may cut its text off. Elements moved
   * out of sight on purpose (the skip link, PrimeFaces' hidden inputs) do not count.
   */
  private static final String OVERFLOWING =
      "var w = document.documentElement.clientWidth, bad = [];"
          + "if (document.documentElement.scrollWidth > w) {"
          + " bad.push('page ' + document.documentElement.scrollWidth + ' > ' + w); }"
          + "document.querySelectorAll('body *').forEach(function (e) {"
          + " if (e.closest('.ui-helper-hidden-accessible, .ui-helper-hidden, script, style')) return;"
          + " var r = e.getBoundingClientRect(), cs = getComputedStyle(e);"
          + " if (r.width <= 2 || r.height <= 2 || r.right <= 0 || cs.visibility === 'hidden') return;"
          + " var name = e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className;"
          + " if (r.right > w + 1) bad.push(name + ' reaches ' + Math.round(r.right));"
          + " var clips = cs.overflowX === 'hidden' || cs.overflowX === 'clip'"
          + "   || cs.textOverflow === 'ellipsis';"
          + " if (clips && e.scrollWidth > e.clientWidth + 1 && e.textContent.trim()"
          + "   && !/^(INPUT|TEXTAREA|SELECT)$/.test(e.tagName)) bad.push(name + ' clips its text');"
          + "});"
          + "return bad.slice(0, 10).join('; ');";

  /** Fails when anything on the page is wider than the window or clips its text. */
  public void assertFitsWidth() {
    Object found = ((ChromeDriver) driver).executeScript(OVERFLOWING);
    assertThat(String.valueOf(found)).as("too wide or clipped on %s", currentPath()).isEmpty();
  }

  /**
   * Keeps what the browser shows now as {@code target/screens/<name>.png}, the whole page's height,
   * for a person to look at the screen as its users see it.
   */
  public void screenshot(String name) {
    try {
      Path target = Path.of("target", "screens", name + ".png");
      Files.createDirectories(target.getParent());
      Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(base + path);
    checkAccessibility();
  }

  public void login(String username, String password) {
    if (!driver.getCurrentUrl().contains("/login.xhtml")) {
      open("/login.xhtml");
    }
    driver.findElement(By.id("login:username")).clear();
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    // the button posts the whole page: wait until that page is gone, not only loaded. The old page
    // carries a mark that its successor lacks (asking the driver whether the button went stale
    // can fail with an inspector error while the page is being replaced)
    String mark = UUID.randomUUID().toString();
    ((ChromeDriver) driver).executeScript("window.__pageMark = arguments[0];", mark);
    driver.findElement(By.id("login:submit")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((ChromeDriver) d)
                        .executeScript(
                            "return window.__pageMark !== arguments[0]"
                                + " && document.readyState === 'complete';",
                            mark)));
    checkAccessibility();
  }

  public void click(By by) {
    driver.findElement(by).click();
    waitForPage();
    checkAccessibility();
  }

  public WebElement find(By by) {
    return await().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * A wait of 20 seconds that looks again when an AJAX update replaced the element it was reading
   * (a stale element is not an answer, only a reason to look once more).
   */
  public WebDriverWait await() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Types into a PrimeFaces auto-complete and picks the suggestion that contains {@code label}. The
   * suggestion panel is rendered anew by every AJAX answer, so the pick looks it up afresh.
   */
  public void pickSuggestion(String autoCompleteId, String typed, String label) {
    WebElement input = find(By.id(autoCompleteId + "_input"));
    input.sendKeys(typed);
    By items =
        By.cssSelector("#" + autoCompleteId.replace(":", "\\:") + "_panel .ui-autocomplete-item");
    await()
        .until(
            d -> {
              for (WebElement item : d.findElements(items)) {
                if (item.isDisplayed() && item.getText().contains(label)) {
                  item.click();
                  return true;
                }
              }
              return false;
            });
    waitForAjax();
  }

  public String text(By by) {
    return await().until(d -> d.findElement(by).isDisplayed() ? d.findElement(by).getText() : null);
  }

  /**
   * Waits until the element shows the text (after an AJAX update or a page change) and returns all
   * of it; on time-out the failure shows what the page said instead.
   */
  public String awaitText(By by, String expected) {
    try {
      await()
          .until(
              d -> {
                List<WebElement> found = d.findElements(by);
                return !found.isEmpty() && found.get(0).getText().contains(expected);
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      List<WebElement> main = driver.findElements(By.tagName("main"));
      throw new AssertionError(
          "Waited for '"
              + expected
              + "' in "
              + by
              + " on "
              + driver.getCurrentUrl()
              + "; the page said: "
              + (main.isEmpty() ? driver.getPageSource() : main.get(0).getText()),
          e);
    }
    return await().until(d -> d.findElement(by).getText());
  }

  /**
   * Picks an entry of a PrimeFaces select menu by its visible label, through the widget's own API
   * (as a click on the entry would), so panel animations cannot get in the way.
   */
  public void choose(String menuId, String label) {
    find(By.id(menuId));
    Object found =
        ((ChromeDriver) driver)
            .executeScript(
                "var select = document.getElementById(arguments[0] + '_input');"
                    + "var option = Array.from(select.options).find(o => o.text === arguments[1]);"
                    + "if (!option) return false;"
                    // as a click on the entry: the change and its AJAX behaviour run
                    + "var menu = PrimeFaces.widgets['widget_' + arguments[0].replace(/:/g, '_')];"
                    // the entries exist once the panel was built (as on a first click)
                    + "if (!menu.items || menu.items.length === 0) menu.callHandleMethod(null, null);"
                    + "menu.selectItem(menu.selectItemFromOption(jQuery(option)));"
                    + "return true;",
                menuId,
                label);
    assertThat(found).as("%s has an entry %s", menuId, label).isEqualTo(Boolean.TRUE);
    waitForAjax();
  }

  /** Waits until PrimeFaces has no AJAX request running. */
  public void waitForAjax() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((ChromeDriver) d)
                        .executeScript(
                            "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  /**
   * Sets the text of an input the way a completed typing would leave it, for inputs with an overlay
   * of their own (date pickers), whose key handling depends on timing.
   */
  public void setValue(String id, String text) {
    find(By.id(id));
    ((ChromeDriver) driver)
        .executeScript(
            "var input = document.getElementById(arguments[0]); input.value = arguments[1];"
                + "input.dispatchEvent(new Event('input', {bubbles: true}));"
                + "input.dispatchEvent(new Event('change', {bubbles: true}));",
            id,
            text);
  }

  /** Clears a text field and types into it. */
  public void type(String id, String text) {
    WebElement field = find(By.id(id));
    field.click();
    field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    field.sendKeys(org.openqa.selenium.Keys.DELETE);
    field.sendKeys(text);
  }

  /** Waits until the browser is on a page whose path starts so; on time-out shows the page. */
  public void awaitPath(String prefix) {
    try {
      await().until(d -> d.getCurrentUrl().substring(base.length()).startsWith(prefix));
    } catch (org.openqa.selenium.TimeoutException e) {
      List<WebElement> main = driver.findElements(By.tagName("main"));
      throw new AssertionError(
          "Expected a page under "
              + prefix
              + " but am on "
              + driver.getCurrentUrl()
              + "; the page said: "
              + (main.isEmpty() ? "" : main.get(0).getText()),
          e);
    }
    waitForPage();
  }

  /**
   * Fails when the page is one of the error pages (refused, not found, failed, expired): they all
   * carry the element {@code errorText}, whatever their heading says.
   */
  public void assertRegularPage() {
    List<WebElement> error = driver.findElements(By.id("errorText"));
    assertThat(error)
        .as(
            "%s shows an error page: %s",
            driver.getCurrentUrl(), error.isEmpty() ? "" : error.get(0).getText())
        .isEmpty();
  }

  public String heading() {
    return text(By.tagName("h1"));
  }

  public String currentPath() {
    return driver.getCurrentUrl().substring(base.length());
  }

  private void waitForPage() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
  }

  /**
   * Fails on any serious or critical WCAG 2.1 AA finding on the page as it is now. A page whose
   * structure (path, language, and every element's tag, id, class, role and style) was checked
   * before in this test run is not checked again: axe-core would find the same, and each run costs
   * most of a second on two cores. Any change of the structure (a message, an opened dialog, other
   * rows) is a new state and is checked.
   */
  public void checkAccessibility() {
    String state =
        currentPath().replaceAll("[?#].*", "")
            + "@"
            + ((ChromeDriver) driver).executeScript(PAGE_STRUCTURE);
    if (!CHECKED.add(state)) {
      return;
    }
    Results results = analyze();
    List<Rule> severe =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .toList();
    assertThat(severe)
        .as(
            "accessibility findings on %s: %s",
            driver.getCurrentUrl(),
            severe.stream()
                .map(
                    v ->
                        v.getId()
                            + " "
                            + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(",")))
                .collect(Collectors.joining("; ")))
        .isEmpty();
  }

  /**
   * Runs axe-core in the page. A page that a click has only begun to leave may be replaced while
   * axe is injected; then the page that replaced it is the one to check, so the check runs on it
   * (the document carries a mark to tell a replaced page from a failure of axe itself).
   */
  private Results analyze() {
    String mark = UUID.randomUUID().toString();
    ((ChromeDriver) driver).executeScript("window.__accessibilityMark = arguments[0];", mark);
    AxeRunOptions options = new AxeRunOptions();
    options.setResultTypes(List.of("violations"));
    try {
      // the portal has no frames: axe runs in the page itself (legacy mode), reporting violations
      return new AxeBuilder()
          .withOptions(options)
          .withTags(WCAG_TAGS)
          .setLegacyMode(true)
          .disableIframeTesting()
          .analyze(driver);
    } catch (JavascriptException e) {
      Object now = ((ChromeDriver) driver).executeScript("return window.__accessibilityMark;");
      if (mark.equals(now)) {
        throw e;
      }
      waitForPage();
      return analyze();
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
