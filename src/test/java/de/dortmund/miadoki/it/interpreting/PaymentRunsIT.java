package de.dortmund.miadoki.it.interpreting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.application.PaymentRuns;
import de.dortmund.miadoki.interpreting.application.PoolRuleBook;
import de.dortmund.miadoki.interpreting.application.Statements;
import de.dortmund.miadoki.interpreting.domain.Engagement;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.PayDetails;
import de.dortmund.miadoki.interpreting.domain.PayStatement;
import de.dortmund.miadoki.interpreting.domain.PaymentOrder;
import de.dortmund.miadoki.interpreting.domain.Payout;
import de.dortmund.miadoki.interpreting.domain.PoolRules;
import de.dortmund.miadoki.interpreting.infrastructure.PaymentListingFile;
import de.dortmund.miadoki.interpreting.infrastructure.SepaCreditTransferFile;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pay the finance office accepts: fees by the engagement's own rates, bank details checked, the
 * year's total, and payment runs that pay each approved statement once, as a SEPA file valid
 * against its schema and a listing by cost centre.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentRunsIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject PoolFixtures fixtures;
  @Inject Statements statements;
  @Inject PaymentRuns runs;
  @Inject PoolRuleBook rules;
  @Inject InterpreterDirectory directory;

  private static final String IBAN = "DE02120300000000202051";

  private PayStatement approved(PayStatement issued) {
    caller.actAs("it-koordination-2", Role.COORDINATOR);
    return statements.approve(issued.getId(), issued.getVersion());
  }

  private void payFrom(String name, String iban) {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    PoolRuleBook.InForce now = rules.inForce();
    PoolRules r = now.rules();
    rules.save(
        new PoolRules(
            r.leadWorkingDays(),
            r.minimumQualification(),
            r.refusedKinds(),
            new Payout(r.payout().taxFreeAllowance(), 80, name, iban, null)),
        now.version(),
        "Zahlungskonto");
  }

  @Test
  void aFeePaidInterpreterIsPaidByTheFeeScheme() {
    // 60 minutes and 5 km: a volunteer gets EUR 25 + 5; a fee-paid interpreter EUR 45 + 8
    PayStatement volunteer = fixtures.issuedStatement();
    PayStatement fee =
        fixtures.issuedStatement(new PayDetails(Engagement.FEE_PAID, null, null, "4711"));
    assertThat(volunteer.getTotal()).isEqualByComparingTo("30.00");
    assertThat(fee.getTotal()).isEqualByComparingTo("53.00");
  }

  @Test
  void bankDetailsAreCheckedAndInterpretersKeepOnlyTheirOwnAccount() {
    PayStatement statement = fixtures.issuedStatement();
    Interpreter interpreter = statement.getInterpreter();
    String account = interpreter.getUsername();

    caller.actAs(account, Role.INTERPRETER);
    Interpreter own = directory.load(interpreter.getId());
    assertThatThrownBy(
            () ->
                directory.changePayDetails(
                    own.getId(),
                    own.getVersion(),
                    new PayDetails(
                        Engagement.VOLUNTEER, "Hêvî Demir", "DE02120300000000202052", null)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::field)
                    .containsExactlyInAnyOrder("iban", "accountHolder"));
    // the interpreter may enter the account, not the engagement or the creditor number
    Interpreter changed =
        directory.changePayDetails(
            own.getId(),
            own.getVersion(),
            new PayDetails(Engagement.FEE_PAID, "Hevi Demir", "de02 1203 0000 0000 2020 51", "99"));
    assertThat(changed.getPayDetails())
        .isEqualTo(new PayDetails(Engagement.VOLUNTEER, "Hevi Demir", IBAN, null));
  }

  @Test
  void approvedStatementsArePaidOnceAsAValidSepaFileAndAListingByCostCentre() throws Exception {
    PayStatement byIban =
        approved(
            fixtures.issuedStatement(
                new PayDetails(Engagement.VOLUNTEER, "Olena Kovalenko", IBAN, null)));
    PayStatement byCreditor =
        approved(fixtures.issuedStatement(new PayDetails(Engagement.FEE_PAID, null, null, "4711")));
    PayStatement withoutDetails = approved(fixtures.issuedStatement());
    PayStatement notApproved =
        fixtures.issuedStatement(new PayDetails(Engagement.VOLUNTEER, "Ali Haddad", IBAN, null));
    var month = byIban.getMonth();

    // the year's total so far, for the allowance warning
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThat(statements.yearToDate(month, List.of(byIban.getInterpreter().getId())))
        .containsEntry(byIban.getInterpreter().getId(), new BigDecimal("30.00"));

    // no paying account yet: refused with a message
    payFrom(null, null);
    assertThatThrownBy(() -> runs.create(month))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::messageKey)
                    .containsExactly("payment.payerMissing"));
    payFrom("Stadt Dortmund", "DE89 3704 0044 0532 0130 00");

    // only coordinators make runs
    caller.actAs("dolm-zahlung", Role.INTERPRETER);
    assertThatThrownBy(() -> runs.create(month)).isInstanceOf(AccessDeniedException.class);

    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThat(runs.open(month))
        .extracting(PayStatement::getId)
        .contains(byIban.getId(), byCreditor.getId(), withoutDetails.getId())
        .doesNotContain(notApproved.getId());
    PaymentRuns.Created created = runs.create(month);
    assertThat(created.withoutBankDetails())
        .contains(withoutDetails.getInterpreter().getDisplayName());
    PaymentOrder order = runs.order(created.run().getId());
    assertThat(order.transfers())
        .extracting(PaymentOrder.Transfer::endToEndId)
        .contains("DP-" + byIban.getId(), "DP-" + byCreditor.getId())
        .doesNotContain("DP-" + withoutDetails.getId(), "DP-" + notApproved.getId());
    assertThat(order.payerIban()).isEqualTo("DE89370400440532013000");

    byte[] sepa = SepaCreditTransferFile.xml(order);
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getClassLoader().getResource("pain.001.001.09.xsd"))
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(sepa)));
    String xml = new String(sepa, StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("<EndToEndId>DP-" + byIban.getId() + "</EndToEndId>")
        .contains("<Nm>Olena Kovalenko</Nm>")
        // the creditor-number-only statement is paid through the finance office, not this file
        .doesNotContain("DP-" + byCreditor.getId() + "<");

    String listing =
        new String(PaymentListingFile.csv(order, Locale.GERMAN), StandardCharsets.UTF_8);
    assertThat(listing)
        .contains("Olena Kovalenko;DE02 1203 0000 0000 2020 51;30,00;")
        .contains("4711;" + byCreditor.getInterpreter().getDisplayName() + ";;53,00;");
    // each row names the cost centre that bears the amount
    String row =
        listing.lines().filter(l -> l.endsWith(";DP-" + byIban.getId())).findFirst().orElseThrow();
    assertThat(row.split(";")[5]).isNotBlank();

    // paid once: a second run takes none of them again
    try {
      PaymentRuns.Created again = runs.create(month);
      assertThat(runs.order(again.run().getId()).transfers())
          .extracting(PaymentOrder.Transfer::endToEndId)
          .doesNotContain("DP-" + byIban.getId(), "DP-" + byCreditor.getId());
    } catch (RuleViolationException e) {
      assertThat(e.violations())
          .extracting(RuleViolation::messageKey)
          .containsExactly("payment.nothingToPay");
    }
    assertThat(runs.ofMonth(month)).extracting(r -> r.getId()).contains(created.run().getId());
  }
}
