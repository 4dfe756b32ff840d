package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.rules.BankAccounts;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How an interpreter is paid: the engagement, and the bank account (holder and IBAN) or the
 * creditor number under which the finance office knows the interpreter. Blank texts count as not
 * given; an IBAN is kept without spaces.
 */
public record PayDetails(
    Engagement engagement, String accountHolder, String iban, String creditorNumber)
    implements Serializable {

  public static final int HOLDER_MAX = 70;

  public PayDetails {
    Objects.requireNonNull(engagement);
    accountHolder = blankToNull(accountHolder);
    iban = BankAccounts.normalizeIban(blankToNull(iban));
    creditorNumber = blankToNull(creditorNumber);
  }

  /** The broken rules, each on its field; empty when the details can be saved. */
  public List<RuleViolation> violations() {
    List<RuleViolation> violations = new ArrayList<>();
    if (iban != null && !BankAccounts.isValidIban(iban)) {
      violations.add(RuleViolation.of("iban", "pay.iban.invalid"));
    }
    if (iban != null && accountHolder == null) {
      violations.add(RuleViolation.of("accountHolder", "pay.holder.required"));
    }
    if (accountHolder != null
        && (accountHolder.length() > HOLDER_MAX || !BankAccounts.isSepaText(accountHolder))) {
      violations.add(
          RuleViolation.of(
              "accountHolder", "pay.holder.characters", BankAccounts.toSepaText(accountHolder)));
    }
    if (accountHolder != null && iban == null) {
      violations.add(RuleViolation.of("iban", "pay.iban.required"));
    }
    if (creditorNumber != null && !creditorNumber.matches("[0-9]{1,20}")) {
      violations.add(RuleViolation.of("creditorNumber", "pay.creditor.invalid"));
    }
    return violations;
  }

  /** Refuses details with a broken rule. */
  public PayDetails checked() {
    List<RuleViolation> violations = violations();
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    return this;
  }

  /** Whether the finance office can pay: an account or a creditor number. */
  public boolean isPayable() {
    return iban != null || creditorNumber != null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
