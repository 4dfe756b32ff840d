package de.dortmund.miadoki.interpreting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a payment run hands to the finance office: who pays from which account, when, and one
 * transfer per statement with its share of each cost centre. The SEPA file holds the transfers to
 * an IBAN; the listing holds all of them, also those to a creditor number the finance office pays.
 */
public record PaymentOrder(
    String reference,
    Instant createdAt,
    LocalDate executionDate,
    String payerName,
    String payerIban,
    String payerBic,
    List<Transfer> transfers) {

  public PaymentOrder {
    transfers = List.copyOf(transfers);
  }

  /** One statement to pay. */
  public record Transfer(
      String endToEndId,
      String creditorName,
      String accountHolder,
      String iban,
      String creditorNumber,
      BigDecimal amount,
      String purpose,
      List<Share> shares) {

    public Transfer {
      shares = List.copyOf(shares);
    }
  }

  /** The part of a transfer that a cost centre bears. */
  public record Share(String costCentre, BigDecimal amount) {}

  /** The transfers that go by SEPA credit transfer: those to an IBAN. */
  public List<Transfer> bankTransfers() {
    return transfers.stream().filter(t -> t.iban() != null).toList();
  }
}
