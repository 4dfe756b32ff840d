package de.dortmund.miadoki.it.support;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Steps on the pool's screens that several browser tests take. */
public final class PoolPages {

  public static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private PoolPages() {}

  /** Fills the new-request form: an on-site Arabic counselling appointment (not yet saved). */
  public static void fillArabicCounselling(Browser browser, String client, LocalDateTime start) {
    browser.choose("requestForm:language", "Arabisch");
    browser.setValue("requestForm:startsAt_input", start.format(INPUT));
    browser.type("requestForm:address", "Südwall 2-4, 44137 Dortmund");
    browser.choose("requestForm:district", "Innenstadt-West");
    browser.choose("requestForm:kind", "Beratungsgespräch");
    browser.choose("requestForm:field", "Soziale Dienste");
    browser.type("requestForm:clientReference", client);
    browser.choose("requestForm:fundingSource", "Eigenes Budget des Fachbereichs");
  }

  /**
   * The row of the named interpreter among the request page's candidates. The page shows the best
   * 15; with more eligible interpreters (many made by other tests) it first asks for all.
   */
  public static WebElement candidateRow(Browser browser, String name) {
    if (!browser.driver().findElements(By.id("candidates:showAll")).isEmpty()) {
      browser.driver().findElement(By.id("candidates:showAll")).click();
      browser.waitForAjax();
    }
    browser.awaitText(By.id("candidates:table"), name);
    return browser.driver().findElements(By.cssSelector("#candidates\\:table_data tr")).stream()
        .filter(r -> r.getText().contains(name))
        .findFirst()
        .orElseThrow();
  }
}
