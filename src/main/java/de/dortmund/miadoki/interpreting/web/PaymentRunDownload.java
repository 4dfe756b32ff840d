package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.PaymentRuns;
import de.dortmund.miadoki.interpreting.domain.PaymentOrder;
import de.dortmund.miadoki.interpreting.infrastructure.PaymentListingFile;
import de.dortmund.miadoki.interpreting.infrastructure.SepaCreditTransferFile;
import de.dortmund.miadoki.platform.persistence.RecordNotFoundException;
import de.dortmund.miadoki.platform.web.Downloads;
import de.dortmund.miadoki.platform.web.LocaleSelector;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * A payment run's files ({@code ?id=}, COORDINATOR): the SEPA credit-transfer file ({@code
 * payment-run.xml}) and the finance office's listing ({@code payment-run.csv}).
 */
@WebServlet({"/interpreting/payment-run.xml", "/interpreting/payment-run.csv"})
public class PaymentRunDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PaymentRuns runs;
  @Inject transient LocaleSelector localeSelector;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Long> id = Downloads.number(request, "id");
    if (id.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PaymentOrder order;
    try {
      order = runs.order(id.get());
    } catch (RecordNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (request.getServletPath().endsWith(".xml")) {
      if (order.bankTransfers().isEmpty()) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      Downloads.send(
          response,
          "application/xml",
          SepaCreditTransferFile.fileName(order),
          true,
          SepaCreditTransferFile.xml(order));
    } else {
      Locale locale = localeSelector.getLocale();
      Downloads.send(
          response,
          "text/csv; charset=UTF-8",
          PaymentListingFile.fileName(order, locale),
          true,
          PaymentListingFile.csv(order, locale));
    }
  }
}
