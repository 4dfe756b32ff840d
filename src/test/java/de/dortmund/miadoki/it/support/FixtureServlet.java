package de.dortmund.miadoki.it.support;

import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.PayStatement;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.audit.AuditSearch;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.training.domain.Certificate;
import de.dortmund.miadoki.training.domain.TrainingSession;
import de.dortmund.miadoki.training.domain.WaitingListPolicy;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data for tests that drive the portal from outside (browser, HTTP), made in the server with
 * the in-container fixtures, so that each such test prepares its own records instead of relying on
 * the demo data or on what other tests left. Only in the test deployment. Answers {@code key=value}
 * lines.
 *
 * <ul>
 *   <li>{@code POST interpreter?first=&last=[&account=no]}: an active interpreter with a portal
 *       account (or without one)
 *   <li>{@code POST account?roles=&department=&name=}: a portal account that can sign in
 *   <li>{@code POST account-change?username=&change=}: deactivates an account, changes its roles or
 *       password (see {@link AccountFixtures#change})
 *   <li>{@code POST request?department=}: a new request of a fresh requester of that department
 *   <li>{@code POST statement}: an issued statement of a fresh interpreter
 *   <li>{@code POST move?client=&start=}: moves a booked request (by client reference) and its
 *       assignment to another time, e.g. into the past
 *   <li>{@code POST training-team?first=&second=}: a department with a supervisor and two staff
 *   <li>{@code POST training-session?capacity=&policy=&approval=}: an open session with a trainer
 *   <li>{@code POST training-held?id=}: moves the session to yesterday
 *   <li>{@code POST certificate?username=}: a certificate of a held session for the person
 *   <li>{@code GET audit?person=&type=&id=&action=}: how many audit entries match
 * </ul>
 */
@WebServlet(FixtureServlet.PATH + "/*")
public class FixtureServlet extends HttpServlet {

  public static final String PATH = "/it-fixtures";
  private static final long serialVersionUID = 1L;

  @Inject transient PoolFixtures fixtures;
  @Inject transient TestCaller caller;
  @Inject transient AccountFixtures accounts;
  @Inject transient RequestService requests;
  @Inject transient AuditLog auditLog;
  @Inject transient TrainingFixtures training;
  @Inject transient AwardFixtures awards;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, Object> answer = new LinkedHashMap<>();
    switch (String.valueOf(request.getPathInfo())) {
      case "/interpreter" -> {
        String first = request.getParameter("first");
        String last = PoolFixtures.unique(request.getParameter("last"));
        Interpreter interpreter =
            "no".equals(request.getParameter("account"))
                ? fixtures.interpreterWithoutAccount(first, last)
                : fixtures.interpreterWithAccount(first, last);
        answer.put("id", interpreter.getId());
        answer.put("username", interpreter.getUsername());
        answer.put("password", PoolFixtures.PASSWORD);
        answer.put("name", interpreter.getDisplayName());
        answer.put("email", interpreter.getEmail());
      }
      case "/account" -> {
        String[] roles = request.getParameter("roles").split(",");
        Role[] held = java.util.Arrays.stream(roles).map(Role::valueOf).toArray(Role[]::new);
        String username =
            fixtures.account(
                "konto", request.getParameter("name"), request.getParameter("department"), held);
        answer.put("username", username);
        answer.put("password", PoolFixtures.PASSWORD);
      }
      case "/account-change" -> {
        accounts.change(request.getParameter("username"), request.getParameter("change"));
        answer.put("username", request.getParameter("username"));
      }
      case "/request" -> {
        String requester = fixtures.requester(request.getParameter("department"));
        InterpreterRequest created = requests.create(fixtures.form(fixtures.freeTuesday()), null);
        answer.put("id", created.getId());
        answer.put("requester", requester);
      }
      case "/offer" -> {
        InterpreterRequest offered =
            fixtures.offeredTo(
                Long.parseLong(request.getParameter("interpreter")),
                request.getParameter("department"),
                request.getParameter("times") == null
                    ? 1
                    : Integer.parseInt(request.getParameter("times")));
        answer.put("id", offered.getId());
        answer.put("startsAt", offered.getStartsAt());
      }
      case "/held" -> {
        Assignment held =
            fixtures.heldBy(
                Long.parseLong(request.getParameter("interpreter")),
                request.getParameter("department"),
                LocalDateTime.parse(request.getParameter("start")));
        answer.put("id", held.getId());
      }
      case "/statement" -> {
        PayStatement statement = fixtures.issuedStatement();
        answer.put("id", statement.getId());
        answer.put("interpreter", statement.getInterpreter().getId());
      }
      case "/move" -> {
        long id =
            fixtures.read(
                em ->
                    em.createQuery(
                            "select r.id from InterpreterRequest r where r.clientReference = :c",
                            Long.class)
                        .setParameter("c", request.getParameter("client"))
                        .getSingleResult());
        fixtures.moveTo(id, LocalDateTime.parse(request.getParameter("start")));
        answer.put("id", id);
      }
      case "/training-team" -> {
        TrainingFixtures.Team team = training.team();
        answer.put("department", team.department());
        answer.put("supervisor", team.supervisor());
        answer.put("first", training.staff(team.department(), request.getParameter("first")));
        answer.put("second", training.staff(team.department(), request.getParameter("second")));
        answer.put("password", PoolFixtures.PASSWORD);
      }
      case "/training-session" -> {
        String trainer = fixtures.account("trainer", "Nguyễn Thu Hà", null, Role.TRAINER);
        TrainingSession session =
            training.openSession(
                Integer.parseInt(request.getParameter("capacity")),
                WaitingListPolicy.valueOf(request.getParameter("policy")),
                Boolean.parseBoolean(request.getParameter("approval")),
                false);
        training.linkTrainer(session.getId(), trainer);
        answer.put("id", session.getId());
        answer.put("title", session.getCourse().getTitle());
        answer.put("trainer", trainer);
      }
      case "/training-held" -> training.holdYesterday(Long.parseLong(request.getParameter("id")));
      case "/certificate" -> {
        Certificate certificate = training.certificateOf(request.getParameter("username"));
        answer.put("id", certificate.getId());
        answer.put("code", certificate.getCode());
      }
      case "/award-edition" -> {
        AwardFixtures.Edition edition =
            awards.open(
                de.dortmund.miadoki.awards.domain.AwardType.INTEGRATION,
                request.getParameter("jurors").split(","));
        answer.put("id", edition.id());
        answer.put("title", "Testpreis " + awards.year(edition));
        answer.put("jurors", String.join(",", edition.jurors()));
        answer.put("password", PoolFixtures.PASSWORD);
      }
      case "/award-in-review" -> {
        // the demo juror chairs an edition with two nominations before the jury; for the
        // second one the juror has declared a conflict of interest
        String juror = request.getParameter("juror");
        AwardFixtures.Edition edition =
            awards.openWith(
                de.dortmund.miadoki.awards.domain.AwardType.INTEGRATION, List.of(juror));
        long nomination =
            awards.nominate(edition, edition.individuals(), "Ahmad Al-Masri", null).getId();
        long recused =
            awards.nominate(edition, edition.individuals(), "Serhiy Bondarenko", null).getId();
        awards.closeNominations(edition);
        awards.shortlist(edition, nomination, true);
        awards.shortlist(edition, recused, true);
        awards.toJury(edition);
        awards.declare(juror, recused, true, "Serhiy Bondarenko ist mein Schwager.");
        answer.put("id", edition.id());
        answer.put("nomination", nomination);
        answer.put("recused", recused);
      }
      default -> {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
    }
    write(response, answer);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/audit".equals(request.getPathInfo())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    caller.actAs("it-admin", Role.ADMIN);
    AuditAction action = AuditAction.valueOf(request.getParameter("action"));
    long count =
        auditLog
            .search(
                new AuditSearch(
                    request.getParameter("person"),
                    request.getParameter("type"),
                    request.getParameter("id"),
                    null,
                    null),
                PageRequest.of(0, 100))
            .rows()
            .stream()
            .filter(e -> e.getAction() == action)
            .count();
    write(response, Map.of("count", count));
  }

  private static void write(HttpServletResponse response, Map<String, ?> answer)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    StringBuilder body = new StringBuilder();
    answer.forEach((k, v) -> body.append(k).append('=').append(v).append('\n'));
    response.getWriter().write(body.toString());
  }
}
