package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.Compensation;
import de.dortmund.miadoki.interpreting.domain.Engagement;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.PayStatement;
import de.dortmund.miadoki.interpreting.domain.PayStatementLine;
import de.dortmund.miadoki.interpreting.domain.RateScheme;
import de.dortmund.miadoki.interpreting.domain.RateTable;
import de.dortmund.miadoki.interpreting.domain.Rates;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.interpreting.domain.StatementDraft;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Monthly statements: issuing a month pays every confirmed assignment up to its end that was not
 * paid yet, and the difference for paid ones whose figures were corrected since. An issued
 * statement is frozen; the PDF is drawn from its stored lines.
 */
@ApplicationScoped
public class Statements {

  static final String ENTITY = "PayStatement";

  @PersistenceContext EntityManager em;
  @Inject RequestTransitions transitions;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Records records;
  @Inject Clock clock;

  /**
   * Issues the statements of {@code month} for every interpreter with something to pay who has none
   * for that month yet; returns the new statements.
   */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public List<PayStatement> issue(@NotNull YearMonth month) {
    RateTable rates = rateTable();
    List<Assignment> payable =
        em.createNamedQuery(Assignment.PAYABLE_UNTIL, Assignment.class)
            .setParameter("end", month.plusMonths(1).atDay(1).atStartOfDay())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    Map<Interpreter, List<Assignment>> byInterpreter =
        payable.stream()
            .collect(
                Collectors.groupingBy(
                    Assignment::getInterpreter, LinkedHashMap::new, Collectors.toList()));
    List<PayStatement> issued = new ArrayList<>();
    for (Map.Entry<Interpreter, List<Assignment>> entry : byInterpreter.entrySet()) {
      if (hasStatement(entry.getKey(), month)) {
        continue;
      }
      Map<Long, Assignment> byId = new LinkedHashMap<>();
      List<StatementDraft.Source> sources = new ArrayList<>();
      for (Assignment a : entry.getValue()) {
        Compensation.Pay pay =
            Compensation.pay(
                a.toItem(),
                rates.on(a.getInterpreter().getEngagement(), a.getStartsAt().toLocalDate()));
        sources.add(
            new StatementDraft.Source(a.getId(), a.getStartsAt(), describe(a), pay, a.getPaid()));
        byId.put(a.getId(), a);
      }
      List<StatementDraft.Line> lines = StatementDraft.lines(sources);
      if (lines.isEmpty()) {
        // corrected back to what was paid: nothing to state, nothing pending any more
        byId.values().forEach(a -> a.recordPayment(java.math.BigDecimal.ZERO));
        continue;
      }
      PayStatement statement =
          new PayStatement(entry.getKey(), month, lines, currentUser.username(), clock.instant());
      for (int i = 0; i < lines.size(); i++) {
        Assignment assignment = byId.get(lines.get(i).assignmentId());
        PayStatementLine line = statement.getLines().get(i);
        line.belongsTo(assignment);
        assignment.recordPayment(line.getAmount());
        settle(assignment.getRequest());
      }
      // assignments of this interpreter without a line were unchanged since they were paid
      byId.values().stream()
          .filter(Assignment::isPayPending)
          .forEach(a -> a.recordPayment(java.math.BigDecimal.ZERO));
      em.persist(statement);
      em.flush();
      audit.record(AuditAction.CREATE, statement);
      issued.add(statement);
    }
    return issued;
  }

  private boolean hasStatement(Interpreter interpreter, YearMonth month) {
    return em.createNamedQuery(PayStatement.OF_INTERPRETER, PayStatement.class)
        .setParameter("interpreter", interpreter.getId())
        .getResultStream()
        .anyMatch(s -> s.getMonth().equals(month));
  }

  private void settle(InterpreterRequest request) {
    if (request.getStatus() == RequestStatus.DONE) {
      transitions.move(
          request, RequestStatus.SETTLED, currentUser.username(), clock.instant(), null);
    }
  }

  /** The line text: language, department and client reference, in German like the statement. */
  private static String describe(Assignment a) {
    InterpreterRequest r = a.getRequest();
    return r.getLanguage().name(Locale.GERMAN)
        + " · "
        + r.getDepartment().getShortName()
        + " · "
        + r.getClientReference();
  }

  /** The rate schemes in force, by engagement and the day from which each applies. */
  @Transactional
  public RateTable rateTable() {
    RateTable table = new RateTable();
    for (RateScheme s : schemes()) {
      table.add(s.getEngagement(), s.getValidFrom(), s.toRates());
    }
    return table;
  }

  /**
   * What each of the interpreters was paid in {@code year} up to and including {@code month}: the
   * totals of their statements (interpreters without any are left out).
   */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Map<Long, BigDecimal> yearToDate(@NotNull YearMonth month, Collection<Long> interpreters) {
    Map<Long, BigDecimal> totals = new HashMap<>();
    if (interpreters == null || interpreters.isEmpty()) {
      return totals;
    }
    em.createNamedQuery(PayStatement.YEAR_TO_DATE, Object[].class)
        .setParameter("from", LocalDate.of(month.getYear(), 1, 1))
        .setParameter("to", month.atDay(1))
        .setParameter("interpreters", interpreters)
        .getResultList()
        .forEach(r -> totals.put(((Number) r[0]).longValue(), (BigDecimal) r[1]));
    return totals;
  }

  /** What the calling interpreter was paid this year so far, by the statements issued. */
  @RequiresRole(Role.INTERPRETER)
  @Transactional
  public BigDecimal myYearToDate() {
    YearMonth now = YearMonth.now(clock.withZone(ClockProducer.ZONE));
    return mine().stream()
        .filter(s -> s.getMonth().getYear() == now.getYear())
        .map(PayStatement::getTotal)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * A new version of the rates, valid from {@code validFrom} (today or later: paid figures never
   * change behind anyone's back) until the next version's day.
   */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public RateScheme addScheme(
      @NotNull Engagement engagement,
      @NotNull LocalDate validFrom,
      @NotBlank @Size(max = 100) String name,
      @NotNull Rates rates) {
    List<RuleViolation> violations = new ArrayList<>();
    if (validFrom.isBefore(LocalDate.now(clock.withZone(ClockProducer.ZONE)))) {
      violations.add(new RuleViolation("validFrom", "rates.validFrom.past", List.of()));
    } else if (schemes().stream()
        .anyMatch(s -> s.getEngagement() == engagement && s.getValidFrom().equals(validFrom))) {
      violations.add(new RuleViolation("validFrom", "rates.validFrom.taken", List.of()));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    RateScheme scheme =
        new RateScheme(engagement, validFrom, name.strip(), rates, currentUser.username());
    em.persist(scheme);
    em.flush();
    audit.record(AuditAction.CREATE, scheme);
    return scheme;
  }

  @Transactional
  public List<RateScheme> schemes() {
    return em.createNamedQuery(RateScheme.ALL, RateScheme.class).getResultList();
  }

  /** What an assignment earns under today's figures (shown before it is paid). */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Compensation.Pay payFor(long assignmentId) {
    Assignment assignment = records.find(Assignment.class, assignmentId);
    return Compensation.pay(
        assignment.toItem(),
        rateTable()
            .on(
                assignment.getInterpreter().getEngagement(),
                assignment.getStartsAt().toLocalDate()));
  }

  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public List<PayStatement> ofMonth(@NotNull YearMonth month) {
    return em.createNamedQuery(PayStatement.OF_MONTH, PayStatement.class)
        .setParameter("month", month.atDay(1))
        .getResultList();
  }

  /** The calling interpreter's statements, newest first. */
  @RequiresRole(Role.INTERPRETER)
  @Transactional
  public List<PayStatement> mine() {
    return em.createNamedQuery(PayStatement.OF_USER, PayStatement.class)
        .setParameter("username", currentUser.username())
        .getResultList();
  }

  /**
   * A second coordinator approves an issued statement (four eyes): refused for the coordinator who
   * issued it, and for a statement approved already; a stale version ends in "changed by someone
   * else".
   */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public PayStatement approve(@NotNull Long id, long version) {
    PayStatement statement = records.change(PayStatement.class, id, version, Records.anyone());
    statement.approve(currentUser.username(), clock.instant());
    records.changed(statement);
    return statement;
  }

  /** One statement with its lines: its interpreter or a coordinator; audited, refusals too. */
  @RequiresRole({Role.INTERPRETER, Role.COORDINATOR})
  @Transactional
  public PayStatement load(@NotNull Long id) {
    PayStatement statement =
        records.read(
            PayStatement.class,
            id,
            s ->
                currentUser.hasRole(Role.COORDINATOR)
                    || currentUser.username().equals(s.getInterpreter().getUsername()));
    statement.getLines().size();
    return statement;
  }
}
