package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.application.PoolRuleBook;
import de.dortmund.miadoki.interpreting.application.Statements;
import de.dortmund.miadoki.interpreting.domain.Engagement;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.PayDetails;
import de.dortmund.miadoki.interpreting.domain.Payout;
import de.dortmund.miadoki.platform.rules.BankAccounts;
import de.dortmund.miadoki.platform.time.ClockProducer;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * The profile page's pay section: the engagement and creditor number (coordinators), the account
 * holder and IBAN (the interpreter too), and this year's paid total against the volunteers'
 * tax-free allowance.
 */
@Named
@ViewScoped
public class ProfilePay implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProfileEditor profile;
  @Inject InterpreterDirectory directory;
  @Inject Statements statements;
  @Inject PoolRuleBook rules;
  @Inject Clock clock;

  private Engagement engagement;
  private String accountHolder;
  private String iban;
  private String creditorNumber;
  private BigDecimal yearToDate;
  private Payout.AllowanceState allowance;
  private BigDecimal taxFreeAllowance;

  /** Reads the section from the profile the page shows. */
  public void load() {
    Interpreter interpreter = profile.getInterpreter();
    PayDetails details = interpreter.getPayDetails();
    engagement = details.engagement();
    accountHolder =
        details.accountHolder() != null
            ? details.accountHolder()
            : BankAccounts.toSepaText(interpreter.getDisplayName());
    iban = BankAccounts.formatIban(details.iban());
    creditorNumber = details.creditorNumber();
    YearMonth now = YearMonth.now(clock.withZone(ClockProducer.ZONE));
    yearToDate =
        profile.isCoordinator()
            ? statements
                .yearToDate(now, List.of(interpreter.getId()))
                .getOrDefault(interpreter.getId(), BigDecimal.ZERO)
            : statements.myYearToDate();
    Payout payout = rules.inForce().rules().payout();
    taxFreeAllowance = payout.taxFreeAllowance();
    allowance = payout.allowanceState(engagement, yearToDate);
  }

  public void save() {
    Interpreter interpreter = profile.getInterpreter();
    directory.changePayDetails(
        interpreter.getId(),
        interpreter.getVersion(),
        new PayDetails(engagement, accountHolder, iban, creditorNumber));
    Messages.info("pay.saved");
    profile.refresh();
    load();
  }

  public Engagement[] getEngagements() {
    return Engagement.values();
  }

  public Engagement getEngagement() {
    return engagement;
  }

  public void setEngagement(Engagement engagement) {
    this.engagement = engagement;
  }

  public String getAccountHolder() {
    return accountHolder;
  }

  public void setAccountHolder(String accountHolder) {
    this.accountHolder = accountHolder;
  }

  public String getIban() {
    return iban;
  }

  public void setIban(String iban) {
    this.iban = iban;
  }

  public String getCreditorNumber() {
    return creditorNumber;
  }

  public void setCreditorNumber(String creditorNumber) {
    this.creditorNumber = creditorNumber;
  }

  public BigDecimal getYearToDate() {
    return yearToDate;
  }

  public Payout.AllowanceState getAllowance() {
    return allowance;
  }

  public BigDecimal getTaxFreeAllowance() {
    return taxFreeAllowance;
  }
}
