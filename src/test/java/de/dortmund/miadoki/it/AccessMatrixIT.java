package de.dortmund.miadoki.it;

import static de.dortmund.miadoki.it.AccessMatrixIT.Who.ADMIN;
import static de.dortmund.miadoki.it.AccessMatrixIT.Who.ANONYMOUS;
import static de.dortmund.miadoki.it.AccessMatrixIT.Who.AWARD_MANAGER;
import static de.dortmund.miadoki.it.AccessMatrixIT.Who.COORDINATOR;
import static de.dortmund.miadoki.it.AccessMatrixIT.Who.INTERPRETER;
import static de.dortmund.miadoki.it.AccessMatrixIT.Who.JUROR;
import static de.dortmund.miadoki.it.AccessMatrixIT.Who.REQUESTER;
import static de.dortmund.miadoki.it.AccessMatrixIT.Who.STAFF;
import static de.dortmund.miadoki.it.AccessMatrixIT.Who.SUPERVISOR;
import static de.dortmund.miadoki.it.AccessMatrixIT.Who.TRAINER;
import static de.dortmund.miadoki.it.AccessMatrixIT.Who.TRAINING_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PortalHttp;
import de.dortmund.miadoki.it.support.RemoteFixtures;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may open what, asked over HTTP the way an attacker would try it: every page, download and
 * endpoint as each demo account and without a login, and records of other departments and other
 * interpreters by their ids. The expectation is this class's own table, not read from the portal's
 * configuration; a page that a menu offers and the table does not list fails the test, so that a
 * new screen brings its row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

  private static final String PASSWORD = "Demo-Passwort-2026";

  /** The demo accounts, one per role, and the visitor without a login. */
  enum Who {
    ANONYMOUS(null),
    ADMIN("admin"),
    COORDINATOR("koordination"),
    REQUESTER("anfrage"),
    INTERPRETER("dolmetscher"),
    TRAINING_MANAGER("fortbildung"),
    SUPERVISOR("leitung"),
    STAFF("mitarbeiter"),
    AWARD_MANAGER("preise"),
    JUROR("jury"),
    TRAINER("trainerin");

    final String username;

    Who(String username) {
      this.username = username;
    }
  }

  private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
  private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

  private static final String MONTHS =
      "from=" + YearMonth.now().minusMonths(2) + "&to=" + YearMonth.now();

  /** Path (with the query a screen would send) and who may open it. */
  private static final Map<String, Set<Who>> MATRIX = new LinkedHashMap<>();

  /** Pages a role may open, but whose record does not exist for that account. */
  private static final Map<String, Set<Who>> NOT_FOUND = new LinkedHashMap<>();

  static {
    MATRIX.put("/login.xhtml", EVERYONE);
    MATRIX.put("/accessibility.xhtml", EVERYONE);
    MATRIX.put("/favicon.ico", EVERYONE);
    MATRIX.put("/password-forgotten.xhtml", EVERYONE);
    // without a token: the page says the link does not work
    MATRIX.put("/password.xhtml", EVERYONE);
    MATRIX.put("/password.xhtml?token=" + "A".repeat(43), EVERYONE);
    MATRIX.put("/api/health", EVERYONE);
    MATRIX.put("/index.xhtml", SIGNED_IN);
    MATRIX.put("/account/settings.xhtml", SIGNED_IN);
    MATRIX.put("/admin/users.xhtml", EnumSet.of(ADMIN));
    MATRIX.put(
        "/accounts/invitations.xhtml",
        EnumSet.of(ADMIN, COORDINATOR, TRAINING_MANAGER, AWARD_MANAGER));
    MATRIX.put("/admin/audit.xhtml", EnumSet.of(ADMIN));
    MATRIX.put("/admin/outbox.xhtml", EnumSet.of(ADMIN));
    MATRIX.put("/admin/retention.xhtml", EnumSet.of(ADMIN));
    MATRIX.put("/admin/about.xhtml", EnumSet.of(ADMIN));
    MATRIX.put("/admin/personal-data.json?username=admin", EnumSet.of(ADMIN));
    MATRIX.put("/organisation/departments.xhtml", EnumSet.of(ADMIN, COORDINATOR));
    MATRIX.put("/interpreting/master-data.xhtml", EnumSet.of(ADMIN, COORDINATOR));
    MATRIX.put("/interpreting/requests.xhtml", EnumSet.of(REQUESTER, COORDINATOR));
    MATRIX.put("/interpreting/request-new.xhtml", EnumSet.of(REQUESTER, COORDINATOR));
    MATRIX.put("/interpreting/interpreters.xhtml", EnumSet.of(COORDINATOR));
    MATRIX.put("/interpreting/interpreter-new.xhtml", EnumSet.of(COORDINATOR));
    MATRIX.put("/interpreting/reports.xhtml", EnumSet.of(COORDINATOR));
    MATRIX.put("/interpreting/rates.xhtml", EnumSet.of(COORDINATOR));
    MATRIX.put("/interpreting/rules.xhtml", EnumSet.of(COORDINATOR));
    MATRIX.put("/interpreting/costs.csv?" + MONTHS, EnumSet.of(COORDINATOR));
    MATRIX.put("/interpreting/costs.xlsx?" + MONTHS, EnumSet.of(COORDINATOR));
    // a payment run's files: coordinators only (run 0 does not exist)
    MATRIX.put("/interpreting/payment-run.xml?id=0", EnumSet.noneOf(Who.class));
    NOT_FOUND.put("/interpreting/payment-run.xml?id=0", EnumSet.of(COORDINATOR));
    MATRIX.put("/interpreting/payment-run.csv?id=0", EnumSet.noneOf(Who.class));
    NOT_FOUND.put("/interpreting/payment-run.csv?id=0", EnumSet.of(COORDINATOR));
    MATRIX.put("/interpreting/report.csv?" + MONTHS + "&by=MONTH", EnumSet.of(COORDINATOR));
    MATRIX.put("/interpreting/statements.xhtml", EnumSet.of(INTERPRETER, COORDINATOR));
    MATRIX.put("/interpreting/calendar.xhtml", EnumSet.of(INTERPRETER, COORDINATOR));
    MATRIX.put("/interpreting/appointments.xhtml", EnumSet.of(INTERPRETER));
    // without an id: the interpreter's own profile (a coordinator has none: not found)
    MATRIX.put("/interpreting/profile.xhtml", EnumSet.of(INTERPRETER));
    NOT_FOUND.put("/interpreting/profile.xhtml", EnumSet.of(COORDINATOR));
    // trainings; the demo requester also holds STAFF, the demo supervisor too
    MATRIX.put("/verify.xhtml", EVERYONE);
    MATRIX.put("/verify.xhtml?code=ABCD-EFGH-JKMN-PQRS-TUVW", EVERYONE);
    MATRIX.put(
        "/training/catalogue.xhtml", EnumSet.of(REQUESTER, STAFF, SUPERVISOR, TRAINING_MANAGER));
    MATRIX.put("/training/registrations.xhtml", EnumSet.of(REQUESTER, STAFF, SUPERVISOR));
    MATRIX.put("/training/approvals.xhtml", EnumSet.of(SUPERVISOR));
    MATRIX.put("/training/sessions.xhtml", EnumSet.of(TRAINING_MANAGER));
    MATRIX.put("/training/all-registrations.xhtml", EnumSet.of(TRAINING_MANAGER));
    MATRIX.put("/training/statistics.xhtml", EnumSet.of(TRAINING_MANAGER));
    MATRIX.put("/training/statistics.csv?year=2026", EnumSet.of(TRAINING_MANAGER));
    // without an id: the form of a new session
    MATRIX.put("/training/session-edit.xhtml", EnumSet.of(TRAINING_MANAGER));
    MATRIX.put("/training/attendance.xhtml", EnumSet.of(TRAINER, TRAINING_MANAGER));
    MATRIX.put("/training/courses.xhtml", EnumSet.of(TRAINING_MANAGER));
    // awards: the public call for nominations needs no login
    MATRIX.put("/nominate.xhtml", EVERYONE);
    MATRIX.put("/awards/nominate.xhtml", EnumSet.of(REQUESTER, STAFF, SUPERVISOR, AWARD_MANAGER));
    MATRIX.put("/awards/programmes.xhtml", EnumSet.of(AWARD_MANAGER));
    MATRIX.put("/awards/programme.xhtml", EnumSet.of(AWARD_MANAGER));
    MATRIX.put("/awards/nominations.xhtml", EnumSet.of(AWARD_MANAGER));
    MATRIX.put("/awards/nominee.xhtml", EnumSet.of(AWARD_MANAGER));
    MATRIX.put("/awards/nominee.csv?q=Zeynep%20Demir", EnumSet.of(AWARD_MANAGER));
    MATRIX.put("/awards/jury.xhtml", EnumSet.of(JUROR));
  }

  private static final Pattern MENU_LINK =
      Pattern.compile("<a [^>]*href=\"([^\"]+)\"[^>]*class=\"menu-link");

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @ArquillianResource URL base;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Who.class)
  void eachRoleOpensWhatTheTableAllowsAndIsRefusedTheRestWithAnAuditEntry(Who who) {
    PortalHttp visitor = signedIn(who);
    SoftAssertions softly = new SoftAssertions();
    List<String> refused = new ArrayList<>();
    MATRIX.forEach(
        (path, allowed) -> {
          HttpResponse<String> response = visitor.get(path);
          if (allowed.contains(who)) {
            expectShown(softly, who, path, response);
          } else if (NOT_FOUND.getOrDefault(path, Set.of()).contains(who)) {
            softly.assertThat(response.statusCode()).as("%s for %s", path, who).isEqualTo(404);
          } else if (who == ANONYMOUS) {
            expectSentToLogin(softly, path, response);
          } else {
            expectRefused(softly, who, path, response);
            refused.add(path);
          }
        });
    softly.assertAll();

    RemoteFixtures fixtures = new RemoteFixtures(base);
    for (String path : refused) {
      assertThat(
              fixtures.auditEntries(
                  who.username, "Page", path.replaceAll("\\?.*", ""), "ACCESS_DENIED"))
          .as("refusal of %s to %s audited", path, who)
          .isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Who.class, names = "ANONYMOUS", mode = EnumSource.Mode.EXCLUDE)
  void everyPageThatAMenuOffersIsInTheTableAndAllowedForTheRole(Who who) {
    String home = signedIn(who).get("/index.xhtml").body();
    String context = base.getPath().replaceAll("/$", "");
    Matcher link = MENU_LINK.matcher(home);
    List<String> offered = new ArrayList<>();
    while (link.find()) {
      offered.add(link.group(1).substring(context.length()).replaceAll("[?;].*", ""));
    }
    assertThat(offered).as("menu of %s", who).isNotEmpty();
    for (String path : offered) {
      Set<Who> allowed =
          MATRIX.entrySet().stream()
              .filter(e -> e.getKey().replaceAll("\\?.*", "").equals(path))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElseThrow(
                  () ->
                      new AssertionError(
                          "The menu offers " + path + ", which the access matrix does not list"));
      assertThat(allowed).as("%s offered to %s", path, who).contains(who);
      assertThat(NOT_FOUND.getOrDefault(path, Set.of())).doesNotContain(who);
    }
  }

  @Test
  void aRequesterOpensTheOwnDepartmentsRequestButNotAnotherDepartmentsById() {
    RemoteFixtures fixtures = new RemoteFixtures(base);
    String own = fixtures.request("JUG").getProperty("id");
    String other = fixtures.request("SOZ").getProperty("id");
    PortalHttp requester = signedIn(REQUESTER);

    expectShown(requester.get("/interpreting/request.xhtml?id=" + own));
    HttpResponse<String> refused = requester.get("/interpreting/request.xhtml?id=" + other);
    expectRefused(refused);
    assertThat(fixtures.auditEntries("anfrage", "InterpreterRequest", other, "ACCESS_DENIED"))
        .isEqualTo(1);

    expectShown(signedIn(COORDINATOR).get("/interpreting/request.xhtml?id=" + other));
  }

  @Test
  void anInterpreterOpensNeitherAnotherInterpretersProfileNorTheirStatement() {
    RemoteFixtures fixtures = new RemoteFixtures(base);
    Properties statement = fixtures.statement();
    String statementId = statement.getProperty("id");
    String interpreterId = statement.getProperty("interpreter");
    PortalHttp interpreter = signedIn(INTERPRETER);

    expectRefused(interpreter.get("/interpreting/statement.pdf?id=" + statementId));
    assertThat(fixtures.auditEntries("dolmetscher", "PayStatement", statementId, "ACCESS_DENIED"))
        .isEqualTo(1);
    expectRefused(interpreter.get("/interpreting/profile.xhtml?id=" + interpreterId));
    assertThat(fixtures.auditEntries("dolmetscher", "Interpreter", interpreterId, "ACCESS_DENIED"))
        .isEqualTo(1);

    PortalHttp coordinator = signedIn(COORDINATOR);
    HttpResponse<String> pdf = coordinator.get("/interpreting/statement.pdf?id=" + statementId);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    expectShown(coordinator.get("/interpreting/profile.xhtml?id=" + interpreterId));
  }

  @Test
  void staffOpenTheirOwnCertificateButNotAnothersAndSeeNoPlannedSession() {
    RemoteFixtures fixtures = new RemoteFixtures(base);
    String own = fixtures.certificate("mitarbeiter").getProperty("id");
    String colleague = fixtures.account("Rojda Aslan", "SOZ", "STAFF").getProperty("username");
    String others = fixtures.certificate(colleague).getProperty("id");
    PortalHttp staff = signedIn(STAFF);

    HttpResponse<String> pdf = staff.get("/training/certificate.pdf?id=" + own);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    expectRefused(staff.get("/training/certificate.pdf?id=" + others));
    assertThat(fixtures.auditEntries("mitarbeiter", "Certificate", others, "ACCESS_DENIED"))
        .isEqualTo(1);
    // a trainer who does not give a session does not open its attendance sheet
    Properties session = fixtures.trainingSession(5, "AUTOMATIC", false);
    String sessionId = session.getProperty("id");
    expectRefused(signedIn(TRAINER).get("/training/attendance.xhtml?id=" + sessionId));
    assertThat(fixtures.auditEntries("trainerin", "TrainingSession", sessionId, "ACCESS_DENIED"))
        .isEqualTo(1);
    expectShown(signedIn(STAFF).get("/training/session.xhtml?id=" + sessionId));
    expectShown(signedIn(TRAINING_MANAGER).get("/training/attendance.xhtml?id=" + sessionId));
  }

  private PortalHttp signedIn(Who who) {
    PortalHttp visitor = new PortalHttp(base);
    return who == ANONYMOUS ? visitor : visitor.login(who.username, PASSWORD);
  }

  private static void expectShown(HttpResponse<String> response) {
    SoftAssertions softly = new SoftAssertions();
    expectShown(softly, null, response.uri().toString(), response);
    softly.assertAll();
  }

  private static void expectShown(
      SoftAssertions softly, Who who, String path, HttpResponse<String> response) {
    softly.assertThat(response.statusCode()).as("%s for %s", path, who).isEqualTo(200);
    softly
        .assertThat(response.body())
        .as("%s for %s shows no error page", path, who)
        .doesNotContain("id=\"errorText\"");
  }

  private static void expectRefused(HttpResponse<String> response) {
    SoftAssertions softly = new SoftAssertions();
    expectRefused(softly, null, response.uri().toString(), response);
    softly.assertAll();
  }

  /** Refused: the 403 page and nothing of what was asked for. */
  private static void expectRefused(
      SoftAssertions softly, Who who, String path, HttpResponse<String> response) {
    softly.assertThat(response.statusCode()).as("%s for %s", path, who).isEqualTo(403);
    softly
        .assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as("%s for %s", path, who)
        .startsWith("text/html");
    softly
        .assertThat(response.body())
        .as("%s for %s shows the refusal", path, who)
        .contains("id=\"errorText\"");
  }

  private static void expectSentToLogin(
      SoftAssertions softly, String path, HttpResponse<String> response) {
    softly.assertThat(response.statusCode()).as("%s without login", path).isEqualTo(302);
    softly
        .assertThat(response.headers().firstValue("Location").orElse(""))
        .as("%s without login", path)
        .contains("/login.xhtml");
  }

  @Test
  void aJurorOpensANominationOnlyAfterDeclaringNoConflictNeverWhenRecusedAndRefusalsAreAudited() {
    RemoteFixtures fixtures = new RemoteFixtures(base);
    Properties edition = fixtures.awardInReview(JUROR.username);
    String nomination = edition.getProperty("nomination");
    String programme = edition.getProperty("id");
    PortalHttp juror = signedIn(JUROR);

    // before the declaration: the names only; the nomination itself is refused and audited
    HttpResponse<String> declare = juror.get("/awards/declare.xhtml?id=" + nomination);
    expectShown(declare);
    assertThat(declare.body()).contains("Ahmad Al-Masri").doesNotContain("Nordstadt");
    expectRefused(juror.get("/awards/review.xhtml?id=" + nomination));
    assertThat(fixtures.auditEntries("jury", "Nomination", nomination, "ACCESS_DENIED"))
        .isEqualTo(1);
    // the manager's page of the nomination is not the juror's
    expectRefused(juror.get("/awards/nomination.xhtml?id=" + nomination));
    // a recused juror never opens the nomination: refused and audited as well
    String recused = edition.getProperty("recused");
    expectRefused(juror.get("/awards/review.xhtml?id=" + recused));
    assertThat(fixtures.auditEntries("jury", "Nomination", recused, "ACCESS_DENIED")).isEqualTo(1);
    // the chair sees the ranking only once the scores are released
    HttpResponse<String> decision = juror.get("/awards/decision.xhtml?programme=" + programme);
    expectShown(decision);
    assertThat(decision.body()).contains("notReleased");

    PortalHttp manager = signedIn(AWARD_MANAGER);
    HttpResponse<String> page = manager.get("/awards/nomination.xhtml?id=" + nomination);
    expectShown(page);
    assertThat(page.body()).contains("Ahmad Al-Masri").contains("Nordstadt");
    expectShown(manager.get("/awards/decision.xhtml?programme=" + programme));
    HttpResponse<String> letter = manager.get("/awards/letter.pdf?id=" + nomination);
    assertThat(letter.statusCode()).isEqualTo(200);
    assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
    expectRefused(signedIn(STAFF).get("/awards/letter.pdf?id=" + nomination));
  }
}
