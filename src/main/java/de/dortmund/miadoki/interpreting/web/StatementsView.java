package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.CostAllocation;
import de.dortmund.miadoki.interpreting.application.PoolRuleBook;
import de.dortmund.miadoki.interpreting.application.Statements;
import de.dortmund.miadoki.interpreting.domain.CostShare;
import de.dortmund.miadoki.interpreting.domain.PayStatement;
import de.dortmund.miadoki.interpreting.domain.Payout;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * Statements: coordinators issue a month and see its statements and the cost allocation;
 * interpreters see and download their own.
 */
@Named
@ViewScoped
public class StatementsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Statements statements;
  @Inject CostAllocation costs;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject MonthLabels months;
  @Inject PoolRuleBook rules;

  private boolean coordinator;
  private YearMonth month;
  private List<PayStatement> shown = List.of();
  private YearMonth costsFrom;
  private YearMonth costsTo;
  private List<CostShare> costRows = List.of();
  private Map<Long, BigDecimal> yearToDate = Map.of();
  private Payout payout;
  private int refreshed;

  public void load() {
    coordinator = currentUser.hasRole(Role.COORDINATOR);
    if (month == null) {
      month = YearMonth.now(clock).minusMonths(1);
      costsFrom = YearMonth.of(month.getYear(), 1);
      costsTo = YearMonth.now(clock);
    }
    refresh();
  }

  private void refresh() {
    refreshed++;
    shown = coordinator ? statements.ofMonth(month) : statements.mine();
    payout = rules.inForce().rules().payout();
    if (coordinator) {
      costRows = costs.between(costsFrom, costsTo);
      yearToDate =
          statements.yearToDate(
              month, shown.stream().map(s -> s.getInterpreter().getId()).distinct().toList());
    } else {
      Map<Long, BigDecimal> mine = new HashMap<>();
      shown.stream()
          .findFirst()
          .ifPresent(s -> mine.put(s.getInterpreter().getId(), statements.myYearToDate()));
      yearToDate = mine;
    }
  }

  /**
   * What the statement's interpreter was paid in the year up to the month shown (coordinators) or
   * this year so far (the interpreter).
   */
  public BigDecimal yearToDate(PayStatement statement) {
    return yearToDate.getOrDefault(statement.getInterpreter().getId(), BigDecimal.ZERO);
  }

  /** How that total stands against the volunteers' tax-free allowance. */
  public Payout.AllowanceState allowance(PayStatement statement) {
    return payout.allowanceState(statement.getInterpreter().getEngagement(), yearToDate(statement));
  }

  /** The interpreter's own total of this year, from the newest statement (none: nothing yet). */
  public PayStatement getNewest() {
    return shown.isEmpty() ? null : shown.get(0);
  }

  /** Counts the page's reloads, so that its sections know when to read again. */
  public int getRefreshed() {
    return refreshed;
  }

  public BigDecimal getTaxFreeAllowance() {
    return payout.taxFreeAllowance();
  }

  public void issue() {
    int count = statements.issue(month).size();
    Messages.info("statements.issued", count, months.label(month));
    refresh();
  }

  /** Approves a statement as the second coordinator. */
  public void approve(PayStatement statement) {
    statements.approve(statement.getId(), statement.getVersion());
    Messages.info("statement.approved", statement.getInterpreter().getDisplayName());
    refresh();
  }

  /** Whether the reader may approve it: a coordinator other than the issuer, not yet approved. */
  public boolean mayApprove(PayStatement statement) {
    return isCoordinator()
        && !statement.isPayable()
        && !currentUser.username().equals(statement.getIssuedBy());
  }

  public void showMonth() {
    refresh();
  }

  /** The last two years' months, newest first, to choose from. */
  public List<YearMonth> getMonths() {
    List<YearMonth> months = new ArrayList<>();
    YearMonth current = YearMonth.now(clock);
    for (int i = 0; i < 24; i++) {
      months.add(current.minusMonths(i));
    }
    return months;
  }

  public boolean isCoordinator() {
    return coordinator;
  }

  public YearMonth getMonth() {
    return month;
  }

  public void setMonth(YearMonth month) {
    this.month = month;
  }

  public List<PayStatement> getShown() {
    return shown;
  }

  public YearMonth getCostsFrom() {
    return costsFrom;
  }

  public void setCostsFrom(YearMonth costsFrom) {
    this.costsFrom = costsFrom;
  }

  public YearMonth getCostsTo() {
    return costsTo;
  }

  public void setCostsTo(YearMonth costsTo) {
    this.costsTo = costsTo;
  }

  public List<CostShare> getCostRows() {
    return costRows;
  }
}
