package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.PayDetails;
import de.dortmund.miadoki.interpreting.domain.PayStatement;
import de.dortmund.miadoki.interpreting.domain.PaymentOrder;
import de.dortmund.miadoki.interpreting.domain.PaymentRun;
import de.dortmund.miadoki.interpreting.domain.Payout;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.RecordNotFoundException;
import de.dortmund.miadoki.platform.rules.BankAccounts;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.time.ClockProducer;
import de.dortmund.miadoki.platform.time.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Payment runs: a coordinator hands the approved statements of a month to the finance office, each
 * statement once. A run is paid from the city's account in the pool's rules; it holds the
 * statements whose interpreter has an IBAN or a creditor number (the others are named, to be
 * completed and paid in a later run). Its SEPA file and listing are drawn again from what it holds.
 */
@ApplicationScoped
@RequiresRole(Role.COORDINATOR)
public class PaymentRuns {

  @PersistenceContext EntityManager em;
  @Inject PoolRuleBook rules;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** A new run, and the interpreters left out because the finance office cannot pay them yet. */
  public record Created(PaymentRun run, List<String> withoutBankDetails) {}

  /**
   * Makes a run of the approved, unpaid statements of {@code month}. A statement taken by another
   * coordinator's run meanwhile ends in "changed by someone else" (its version).
   */
  @Transactional
  public Created create(@NotNull YearMonth month) {
    Payout payout = rules.inForce().rules().payout();
    if (!payout.hasPayer()) {
      throw new RuleViolationException("payment.payerMissing");
    }
    List<PayStatement> payable = new ArrayList<>();
    List<String> withoutBankDetails = new ArrayList<>();
    for (PayStatement s : open(month)) {
      if (s.getInterpreter().getPayDetails().isPayable()) {
        payable.add(s);
      } else {
        withoutBankDetails.add(s.getInterpreter().getDisplayName());
      }
    }
    if (payable.isEmpty()) {
      throw new RuleViolationException("payment.nothingToPay");
    }
    BigDecimal total =
        payable.stream().map(PayStatement::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    PaymentRun run =
        new PaymentRun(
            month, payable.size(), total, payout, currentUser.username(), clock.instant());
    em.persist(run);
    payable.forEach(s -> s.paidBy(run));
    em.flush();
    audit.record(AuditAction.CREATE, run);
    return new Created(run, withoutBankDetails);
  }

  /** The approved statements of the month that no run paid yet and that have something to pay. */
  @Transactional
  public List<PayStatement> open(@NotNull YearMonth month) {
    return em.createNamedQuery(PayStatement.OF_MONTH, PayStatement.class)
        .setParameter("month", month.atDay(1))
        .setLockMode(LockModeType.OPTIMISTIC)
        .getResultStream()
        .filter(s -> s.isPayable() && s.getPaymentRun() == null && s.getTotal().signum() > 0)
        .toList();
  }

  /** The runs of a month, newest first. */
  @Transactional
  public List<PaymentRun> ofMonth(@NotNull YearMonth month) {
    return em.createNamedQuery(PaymentRun.OF_MONTH, PaymentRun.class)
        .setParameter("month", month.atDay(1))
        .getResultList();
  }

  /**
   * What the run hands to the finance office, for its SEPA file and listing; every download is
   * audited.
   */
  @Transactional
  public PaymentOrder order(@NotNull Long runId) {
    PaymentRun run = em.find(PaymentRun.class, runId);
    if (run == null) {
      throw new RecordNotFoundException(PaymentRun.class, runId);
    }
    Map<Long, List<PaymentOrder.Share>> shares = new LinkedHashMap<>();
    em.createQuery(
            "select l.statement.id, d.costCentre, sum(l.amount) from PayStatementLine l"
                + " join l.department d"
                + " where l.statement.paymentRun.id = :run"
                + " group by l.statement.id, d.costCentre order by d.costCentre",
            Object[].class)
        .setParameter("run", runId)
        .getResultList()
        .forEach(
            r ->
                shares
                    .computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>())
                    .add(new PaymentOrder.Share((String) r[1], (BigDecimal) r[2])));
    List<PaymentOrder.Transfer> transfers = new ArrayList<>();
    for (PayStatement s :
        em.createNamedQuery(PayStatement.OF_RUN, PayStatement.class)
            .setParameter("run", runId)
            .getResultList()) {
      Interpreter interpreter = s.getInterpreter();
      PayDetails details = interpreter.getPayDetails();
      transfers.add(
          new PaymentOrder.Transfer(
              "DP-" + s.getId(),
              interpreter.getDisplayName(),
              details.accountHolder(),
              details.iban(),
              details.creditorNumber(),
              s.getTotal(),
              BankAccounts.toSepaText(
                  "Dolmetscherpool Dortmund Abrechnung " + s.getMonth() + " Nr " + s.getId()),
              shares.getOrDefault(s.getId(), List.of())));
    }
    audit.record(AuditAction.EXPORT, "PaymentRun", runId, run.getReference());
    LocalDate created = LocalDate.ofInstant(run.getCreatedAt(), ClockProducer.ZONE);
    return new PaymentOrder(
        run.getReference(),
        run.getCreatedAt(),
        WorkingDays.plus(created.atStartOfDay(), 1).toLocalDate(),
        run.getPayerName(),
        run.getPayerIban(),
        run.getPayerBic(),
        transfers);
  }
}
