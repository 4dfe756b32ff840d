package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.PaymentRuns;
import de.dortmund.miadoki.interpreting.domain.PayStatement;
import de.dortmund.miadoki.interpreting.domain.PaymentRun;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * The statements page's payment section (coordinators): the approved statements of the month not
 * paid yet, a payment run of them, and the month's runs with their SEPA file and listing.
 */
@Named
@ViewScoped
public class PaymentRunsSection implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StatementsView page;
  @Inject PaymentRuns runs;
  @Inject MonthLabels months;

  private YearMonth shownMonth;
  private int pageRefreshed = -1;
  private List<PayStatement> open = List.of();
  private List<PaymentRun> made = List.of();

  /** Follows the page: another month, or statements issued or approved. */
  private void follow() {
    if (!page.getMonth().equals(shownMonth) || page.getRefreshed() != pageRefreshed) {
      reload();
    }
  }

  private void reload() {
    shownMonth = page.getMonth();
    pageRefreshed = page.getRefreshed();
    open = runs.open(shownMonth);
    made = runs.ofMonth(shownMonth);
  }

  public void create() {
    PaymentRuns.Created created = runs.create(page.getMonth());
    Messages.info(
        "payment.created",
        created.run().getTransfers(),
        months.label(created.run().getMonth()),
        created.run().getTotal());
    if (!created.withoutBankDetails().isEmpty()) {
      Messages.warn("payment.withoutBankDetails", String.join(", ", created.withoutBankDetails()));
    }
    // the statements list shows which run paid each statement
    page.showMonth();
    reload();
  }

  public List<PayStatement> getOpen() {
    follow();
    return open;
  }

  public BigDecimal getOpenTotal() {
    return getOpen().stream().map(PayStatement::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public List<PaymentRun> getMade() {
    follow();
    return made;
  }
}
