package de.dortmund.miadoki.interpreting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.platform.rules.RuleViolation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Bank details, creditor numbers and the volunteers' tax-free allowance. */
class PayDetailsTest {

  @Test
  void keepsTheIbanWithoutSpacesAndTakesACreditorNumberAlone() {
    PayDetails details =
        new PayDetails(
            Engagement.VOLUNTEER, " Olena Kovalenko ", "de89 3704 0044 0532 0130 00", "");
    assertThat(details.violations()).isEmpty();
    assertThat(details.iban()).isEqualTo("DE89370400440532013000");
    assertThat(details.accountHolder()).isEqualTo("Olena Kovalenko");
    assertThat(details.creditorNumber()).isNull();
    assertThat(details.isPayable()).isTrue();

    PayDetails creditorOnly = new PayDetails(Engagement.FEE_PAID, null, null, "4711001");
    assertThat(creditorOnly.violations()).isEmpty();
    assertThat(creditorOnly.isPayable()).isTrue();
    assertThat(new PayDetails(Engagement.VOLUNTEER, null, " ", null).isPayable()).isFalse();
  }

  @Test
  void namesEachBrokenRuleAtItsField() {
    assertThat(
            new PayDetails(Engagement.VOLUNTEER, "Olena Kovalenko", "DE89370400440532013001", null)
                .violations())
        .extracting(RuleViolation::field, RuleViolation::messageKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("iban", "pay.iban.invalid"));
    // a name the bank would not take, with a spelling it would
    RuleViolation holder =
        new PayDetails(Engagement.VOLUNTEER, "Nguyễn Thị Hoa", "DE89370400440532013000", null)
            .violations()
            .get(0);
    assertThat(holder.field()).isEqualTo("accountHolder");
    assertThat(holder.details()).containsExactly("Nguyen Thi Hoa");
    assertThat(
            new PayDetails(Engagement.VOLUNTEER, null, "DE89370400440532013000", null).violations())
        .extracting(RuleViolation::field)
        .containsExactly("accountHolder");
    assertThat(new PayDetails(Engagement.VOLUNTEER, null, null, "KR-12").violations())
        .extracting(RuleViolation::messageKey)
        .containsExactly("pay.creditor.invalid");
  }

  @Test
  void warnsVolunteersNearAndOverTheAllowanceButNotFeePaidInterpreters() {
    Payout payout = new Payout(new BigDecimal("840.00"), 80, null, null, null);
    assertThat(payout.allowanceState(Engagement.VOLUNTEER, new BigDecimal("671.99")))
        .isEqualTo(Payout.AllowanceState.BELOW);
    assertThat(payout.allowanceState(Engagement.VOLUNTEER, new BigDecimal("672.00")))
        .isEqualTo(Payout.AllowanceState.NEAR);
    assertThat(payout.allowanceState(Engagement.VOLUNTEER, new BigDecimal("840.00")))
        .isEqualTo(Payout.AllowanceState.NEAR);
    assertThat(payout.allowanceState(Engagement.VOLUNTEER, new BigDecimal("840.01")))
        .isEqualTo(Payout.AllowanceState.EXCEEDED);
    assertThat(payout.allowanceState(Engagement.FEE_PAID, new BigDecimal("5000.00")))
        .isEqualTo(Payout.AllowanceState.NOT_APPLICABLE);
    // the share is a setting
    Payout early = new Payout(new BigDecimal("840.00"), 50, null, null, null);
    assertThat(early.allowanceState(Engagement.VOLUNTEER, new BigDecimal("420.00")).isWarning())
        .isTrue();
  }

  @Test
  void thePayingAccountIsWholeAndValidOrNotThere() {
    assertThat(Payout.standard().hasPayer()).isFalse();
    assertThat(Payout.standard().violations()).isEmpty();
    Payout half = new Payout(new BigDecimal("840.00"), 80, "Stadt Dortmund", null, null);
    assertThat(half.violations()).extracting(RuleViolation::field).containsExactly("payerIban");
    Payout wrongBic =
        new Payout(
            new BigDecimal("840.00"), 80, "Stadt Dortmund", "DE89370400440532013000", "DORT");
    assertThat(wrongBic.violations()).extracting(RuleViolation::field).containsExactly("payerBic");
  }
}
