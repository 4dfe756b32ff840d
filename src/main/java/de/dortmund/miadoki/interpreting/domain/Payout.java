package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.rules.BankAccounts;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The pool's rules for paying out: the yearly tax-free allowance of volunteers (the
 * "Ehrenamtspauschale") and from which share of it the portal warns, and the city's account that
 * payment runs are paid from (none until the coordinators enter it).
 */
public record Payout(
    BigDecimal taxFreeAllowance,
    int warningPercent,
    String payerName,
    String payerIban,
    String payerBic)
    implements Serializable {

  public Payout {
    if (taxFreeAllowance == null || taxFreeAllowance.signum() < 0) {
      throw new IllegalArgumentException("Allowance must not be negative");
    }
    if (warningPercent < 1 || warningPercent > 100) {
      throw new IllegalArgumentException("Warning share out of range: " + warningPercent);
    }
    payerName = blankToNull(payerName);
    payerIban = BankAccounts.normalizeIban(blankToNull(payerIban));
    payerBic = payerBic == null || payerBic.isBlank() ? null : payerBic.strip().toUpperCase();
  }

  /** EUR 840 a year, a warning from 80 % of it, no paying account yet. */
  public static Payout standard() {
    return new Payout(new BigDecimal("840.00"), 80, null, null, null);
  }

  /** The broken rules of the paying account, each on its field. */
  public List<RuleViolation> violations() {
    List<RuleViolation> violations = new ArrayList<>();
    if (payerIban != null && !BankAccounts.isValidIban(payerIban)) {
      violations.add(RuleViolation.of("payerIban", "pay.iban.invalid"));
    }
    if (payerName != null && !BankAccounts.isSepaText(payerName)) {
      violations.add(
          RuleViolation.of(
              "payerName", "pay.holder.characters", BankAccounts.toSepaText(payerName)));
    }
    if (payerBic != null && !BankAccounts.isValidBic(payerBic)) {
      violations.add(RuleViolation.of("payerBic", "pay.bic.invalid"));
    }
    if ((payerName == null) != (payerIban == null)) {
      violations.add(
          RuleViolation.of(payerName == null ? "payerName" : "payerIban", "pay.payer.incomplete"));
    }
    return violations;
  }

  /** Whether payment runs can be made: the paying account is known. */
  public boolean hasPayer() {
    return payerName != null && payerIban != null;
  }

  /** How a volunteer's total of the year stands against the allowance. */
  public AllowanceState allowanceState(Engagement engagement, BigDecimal yearToDate) {
    if (engagement != Engagement.VOLUNTEER || yearToDate == null) {
      return AllowanceState.NOT_APPLICABLE;
    }
    if (yearToDate.compareTo(taxFreeAllowance) > 0) {
      return AllowanceState.EXCEEDED;
    }
    BigDecimal warnFrom =
        taxFreeAllowance
            .multiply(BigDecimal.valueOf(warningPercent))
            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    return yearToDate.compareTo(warnFrom) >= 0 ? AllowanceState.NEAR : AllowanceState.BELOW;
  }

  /** Where a volunteer's year stands against the tax-free allowance. */
  public enum AllowanceState {
    NOT_APPLICABLE,
    BELOW,
    NEAR,
    EXCEEDED;

    public boolean isWarning() {
      return this == NEAR || this == EXCEEDED;
    }

    public String messageKey() {
      return "allowance." + name();
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
