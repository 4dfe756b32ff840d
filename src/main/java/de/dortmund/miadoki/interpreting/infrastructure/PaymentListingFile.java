package de.dortmund.miadoki.interpreting.infrastructure;

import de.dortmund.miadoki.interpreting.domain.PaymentOrder;
import de.dortmund.miadoki.platform.export.CsvWriter;
import de.dortmund.miadoki.platform.rules.BankAccounts;
import de.dortmund.miadoki.platform.web.PortalBundles;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A payment run as the finance office's listing: one row per statement and cost centre, with the
 * creditor number, the payee, the IBAN, the amount that cost centre bears, the purpose and the cost
 * centre; the rows of a statement add up to its transfer. CSV as spreadsheet programs open it.
 */
public final class PaymentListingFile {

  private PaymentListingFile() {}

  public static byte[] csv(PaymentOrder order, Locale locale) {
    ResourceBundle text = PortalBundles.of("i18n.interpreting", locale);
    CsvWriter csv =
        new CsvWriter(
            locale,
            List.of(
                text.getString("pay.creditorNumber"),
                text.getString("payment.listing.payee"),
                text.getString("pay.iban"),
                text.getString("costs.amountEuro"),
                text.getString("payment.listing.purpose"),
                text.getString("costs.costCentre"),
                text.getString("payment.listing.reference")));
    for (PaymentOrder.Transfer t : order.transfers()) {
      List<PaymentOrder.Share> shares =
          t.shares().isEmpty() ? List.of(new PaymentOrder.Share("", t.amount())) : t.shares();
      for (PaymentOrder.Share share : shares) {
        csv.row(
            t.creditorNumber() == null ? "" : t.creditorNumber(),
            t.accountHolder() != null ? t.accountHolder() : t.creditorName(),
            t.iban() == null ? "" : BankAccounts.formatIban(t.iban()),
            share.amount(),
            t.purpose(),
            share.costCentre() == null ? "" : share.costCentre(),
            t.endToEndId());
      }
    }
    return csv.toBytes();
  }

  /** The name of the file, e.g. "zahlungslauf-MIADOKI-DP-2026-11-4711.csv". */
  public static String fileName(PaymentOrder order, Locale locale) {
    return PortalBundles.of("i18n.interpreting", locale).getString("payment.listing.fileName")
        + "-"
        + order.reference()
        + ".csv";
  }
}
