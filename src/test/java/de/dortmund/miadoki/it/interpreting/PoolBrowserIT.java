package de.dortmund.miadoki.it.interpreting;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.dortmund.miadoki.it.support.Browser;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolPages;
import de.dortmund.miadoki.it.support.RemoteFixtures;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The booking half of the pool in Chromium: a requester books, the coordinator sees the ranked
 * candidates, asks "why not?" for an excluded interpreter and sends an offer; the interpreter
 * accepts through the link in the e-mail (received by GreenMail); coordinator and requester see
 * ASSIGNED; the requester then moves the meeting to another building and the interpreter is told.
 * axe-core checks every page on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PoolBrowserIT {

  private static final String PASSWORD = "Demo-Passwort-2026";

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @ArquillianResource URL base;

  @Test
  void aRequesterBooksTheCoordinatorOffersAndTheInterpreterAcceptsThroughTheMailedLink()
      throws Exception {
    // an interpreter of this test's own, so that no other test's bookings stand in the way
    Properties interpreter = new RemoteFixtures(base).interpreter("Lan", "Nguyen");
    String name = interpreter.getProperty("name");
    LocalDate day =
        LocalDate.now(ZoneId.of("Europe/Berlin"))
            .plusWeeks(6)
            .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    String client = "BR-" + (System.nanoTime() % 100000);
    String requestPath;

    GreenMail smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try (Browser browser = new Browser(base)) {
      browser.open("/login.xhtml");
      browser.login("anfrage", PASSWORD);
      browser.click(By.linkText("Neue Anfrage"));
      assertThat(browser.heading()).isEqualTo("Neue Einsatzanfrage");

      PoolPages.fillArabicCounselling(
          browser, client, LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1).atTime(10, 0));
      browser.driver().findElement(By.id("requestForm:save")).click();

      // tomorrow is inside the booking lead time: the message stands at the date field
      assertThat(browser.awaitText(By.id("requestForm:startsAtMessage"), "Werktage"))
          .contains("mindestens 2 Werktage vorher");
      browser.checkAccessibility();

      browser.setValue("requestForm:startsAt_input", day.atTime(10, 0).format(PoolPages.INPUT));
      browser.driver().findElement(By.id("requestForm:save")).click();
      browser.awaitPath("/interpreting/request.xhtml");
      browser.checkAccessibility();
      assertThat(browser.text(By.id("requestStatus"))).isEqualTo("neu");
      requestPath = browser.currentPath();
      browser.click(By.id("logoutForm:logout"));

      browser.login("koordination", PASSWORD);
      browser.open(requestPath);
      WebElement row = PoolPages.candidateRow(browser, name);

      browser.pickSuggestion("whyNotForm:interpreter", "luca.mohammadi", "Luca");
      browser.driver().findElement(By.id("whyNotForm:explain")).click();
      assertThat(browser.awaitText(By.id("whyNotForm"), "kann diesen Termin nicht"))
          .contains("nicht aktiv im Pool (Status: pausiert)");
      browser.checkAccessibility();

      // an offer at once; the interpreter accepts through the link in the e-mail, without a login
      row = PoolPages.candidateRow(browser, name);
      new Select(row.findElement(By.cssSelector("select.tier-select"))).selectByValue("1");
      browser.driver().findElement(By.id("candidates:sendOffers")).click();
      assertThat(browser.awaitText(By.id("requestStatus"), "angeboten")).isEqualTo("angeboten");
      browser.checkAccessibility();
      assertThat(browser.text(By.id("offers"))).contains(name).contains("offen");
      browser.click(By.id("logoutForm:logout"));

      String link =
          awaitOfferLink(
              smtp,
              interpreter.getProperty("email"),
              day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
      browser.driver().get(link);
      browser.checkAccessibility();
      assertThat(browser.heading()).isEqualTo("Einsatzangebot");
      browser.click(By.id("answer:accept"));
      assertThat(browser.awaitText(By.id("pageMessages"), "eingeteilt"))
          .contains("Sie sind eingeteilt");
      browser.checkAccessibility();
      // the link works once
      browser.driver().get(link);
      assertThat(browser.driver().findElements(By.id("answer:accept"))).isEmpty();
      assertThat(browser.text(By.id("offerStatus"))).isEqualTo("angenommen");
      // once answered, the link shows the state only, no details of the appointment
      assertThat(browser.driver().findElements(By.id("offerTitle"))).isEmpty();
      assertThat(browser.text(By.id("offerClosed"))).contains("Meine Einsätze");

      browser.login("koordination", PASSWORD);
      browser.open(requestPath);
      assertThat(browser.text(By.id("requestStatus"))).isEqualTo("eingeplant");
      assertThat(browser.text(By.id("assignedInterpreter"))).isEqualTo(name);
      browser.click(By.id("logoutForm:logout"));

      browser.login("anfrage", PASSWORD);
      browser.open(requestPath);
      assertThat(browser.text(By.id("requestStatus"))).isEqualTo("eingeplant");
      assertThat(browser.text(By.id("assignedInterpreter"))).isEqualTo(name);

      // the meeting moves to another building: the booking stays, the interpreter is told
      browser.click(By.id("change"));
      assertThat(browser.heading()).isEqualTo("Anfrage ändern");
      browser.type("requestForm:address", "Hoher Wall 9, 44137 Dortmund");
      browser.choose("requestForm:district", "Innenstadt-Ost");
      browser.driver().findElement(By.id("requestForm:save")).click();
      browser.awaitPath("/interpreting/request.xhtml");
      browser.checkAccessibility();
      assertThat(browser.text(By.id("pageMessages"))).contains("Die Änderung wurde gespeichert");
      assertThat(browser.text(By.id("requestStatus"))).isEqualTo("eingeplant");
      assertThat(browser.text(By.id("assignedInterpreter"))).isEqualTo(name);
      String placeChanged =
          awaitMail(smtp, interpreter.getProperty("email"), "Dolmetsch-Einsatz: Ort geändert");
      assertThat(placeChanged).contains("Innenstadt-Ost").doesNotContain("Hoher Wall");
    } finally {
      smtp.stop();
    }
  }

  /** The body of the first mail to {@code recipient} with this subject, once it arrived. */
  private static String awaitMail(GreenMail smtp, String recipient, String subject)
      throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage message : smtp.getReceivedMessagesForDomain(recipient)) {
        if (message.getSubject().equals(subject)) {
          return String.valueOf(message.getContent());
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No mail '" + subject + "' for " + recipient + " arrived");
  }

  /** The answer link of the offer e-mail for the appointment on {@code day}, once it arrived. */
  private static String awaitOfferLink(GreenMail smtp, String recipient, String day)
      throws Exception {
    Pattern link = Pattern.compile("https?://\\S+/offer\\.xhtml\\?token=[A-Za-z0-9_-]{43}");
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage message : smtp.getReceivedMessagesForDomain(recipient)) {
        String body = String.valueOf(message.getContent());
        Matcher m = link.matcher(body);
        if (message.getSubject().startsWith("Dolmetsch-Anfrage")
            && body.contains(day)
            && m.find()) {
          return m.group();
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No offer e-mail for " + recipient + " arrived");
  }

  @Test
  void theCoordinatorRegistersAnInterpreterWithMessagesAtTheFields() {
    try (Browser browser = new Browser(base)) {
      browser.open("/login.xhtml");
      browser.login("koordination", PASSWORD);
      browser.click(By.linkText("Dolmetschende"));
      browser.click(By.id("interpreters:new"));
      assertThat(browser.heading()).isEqualTo("Neue Dolmetscherin / neuer Dolmetscher");

      browser.type("registration:firstName", "Rahel");
      browser.driver().findElement(By.id("registration:register")).click();
      assertThat(browser.awaitText(By.id("registration:lastNameMessage"), "Feld"))
          .isEqualTo("Bitte füllen Sie dieses Feld aus.");
      assertThat(browser.text(By.id("registration:fieldsMessage"))).isNotBlank();
      browser.checkAccessibility();

      String lastName = "Tesfay" + (System.nanoTime() % 10000);
      browser.type("registration:lastName", lastName);
      browser.type("registration:email", "rahel." + lastName.toLowerCase() + "@example.org");
      browser.choose("registration:gender", "weiblich");
      browser.choose("registration:district", "Eving");
      browser.driver().findElement(By.cssSelector("label[for='registration:fields:1']")).click();
      browser.driver().findElement(By.id("registration:register")).click();
      browser.awaitPath("/interpreting/profile.xhtml");
      browser.checkAccessibility();
      assertThat(browser.text(By.id("profileTitle"))).isEqualTo("Rahel " + lastName);
      assertThat(browser.text(By.id("profileStatus"))).isEqualTo("Bewerbung");
    }
  }

  /**
   * A busy day in the whole pool's calendar is summed up per language (the test servers show at
   * most three assignments one by one); a click on the sum shows that day's assignments in that
   * language one by one.
   */
  @Test
  void aBusyDaySumsUpPerLanguageAndAClickShowsEachAssignment() {
    RemoteFixtures fixtures = new RemoteFixtures(base);
    Properties interpreter = fixtures.interpreter("Oksana", "Kovalenko");
    LocalDate day =
        LocalDate.now(ZoneId.of("Europe/Berlin"))
            .plusMonths(30)
            .with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
    for (int hour : new int[] {8, 10, 12, 14}) {
      fixtures.held(interpreter.getProperty("id"), "JUG", day.atTime(hour, 0));
    }
    try (Browser browser = new Browser(base)) {
      browser.open("/login.xhtml");
      browser.login("koordination", PASSWORD);
      browser.open("/interpreting/calendar.xhtml?day=" + day);
      WebElement sum = browser.find(By.cssSelector(".fc-event.calendar-summary"));
      assertThat(sum.getText()).contains("Arabisch: 4 Einsätze");
      browser.checkAccessibility();
      browser.screenshot("calendar-busy-day");
      sum.click();
      browser.awaitPath("/interpreting/calendar.xhtml?language=");
      browser.find(By.cssSelector(".fc-event.calendar-assignment"));
      assertThat(browser.driver().findElements(By.cssSelector(".fc-event.calendar-assignment")))
          .hasSize(4)
          .allSatisfy(e -> assertThat(e.getText()).contains(interpreter.getProperty("name")));
      assertThat(browser.driver().findElements(By.cssSelector(".fc-event.calendar-summary")))
          .isEmpty();
      browser.checkAccessibility();
      browser.screenshot("calendar-busy-day-language");
    }
  }

  /**
   * The coordinator's request list: the long department menu sends its entries only when opened
   * (the page itself carries none of the 200), and a department chosen from it filters the list.
   */
  @Test
  void theCoordinatorFiltersRequestsByADepartmentFromItsMenu() {
    RemoteFixtures fixtures = new RemoteFixtures(base);
    Properties interpreter = fixtures.interpreter("Hêvî", "Zana");
    fixtures.held(
        interpreter.getProperty("id"),
        "SOZ",
        LocalDate.now(ZoneId.of("Europe/Berlin"))
            .plusMonths(31)
            .with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
            .atTime(9, 0));
    try (Browser browser = new Browser(base)) {
      browser.open("/login.xhtml");
      browser.login("koordination", PASSWORD);
      browser.open("/interpreting/requests.xhtml");
      // the closed menu holds only its chosen entry ("Alle")
      assertThat(
              browser
                  .driver()
                  .findElements(By.cssSelector("select[id='requests:department_input'] option")))
          .hasSize(1);

      // opened and chosen by clicks, as a person does (the open panel is PrimeFaces' own markup,
      // checked for accessibility once it is closed again)
      browser.driver().findElement(By.id("requests:department")).click();
      browser.waitForAjax();
      browser.find(By.cssSelector("li.ui-selectonemenu-item[data-label='Sozialamt']")).click();
      // an AJAX search: checked once its answer is in (the button is dimmed while it runs)
      browser.driver().findElement(By.id("requests:filter")).click();
      browser.waitForAjax();

      List<WebElement> departments =
          browser
              .driver()
              .findElements(By.cssSelector("tbody[id='requests:table_data'] tr td:nth-child(3)"));
      assertThat(departments)
          .isNotEmpty()
          .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("SOZ"));
      assertThat(browser.text(By.id("requests:department_label"))).isEqualTo("Sozialamt");
      browser.checkAccessibility();
      browser.screenshot("requests-by-department");
    }
  }
}
