package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.PoolRuleBook;
import de.dortmund.miadoki.interpreting.domain.AppointmentKind;
import de.dortmund.miadoki.interpreting.domain.FieldOfWork;
import de.dortmund.miadoki.interpreting.domain.Payout;
import de.dortmund.miadoki.interpreting.domain.PoolRuleSet;
import de.dortmund.miadoki.interpreting.domain.PoolRules;
import de.dortmund.miadoki.interpreting.domain.Qualification;
import de.dortmund.miadoki.platform.rules.BankAccounts;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;

/**
 * The pool's rules for coordinators ("Regeln"): the booking lead time in working days, the lowest
 * qualification per field of work and the refused kinds of appointment, and every earlier version
 * with who saved it, when and why.
 */
@Named
@ViewScoped
public class PoolRulesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PoolRuleBook book;

  private Integer leadWorkingDays;
  private final Map<FieldOfWork, Qualification> qualifications = new EnumMap<>(FieldOfWork.class);
  private List<AppointmentKind> refused = new ArrayList<>();
  private BigDecimal taxFreeAllowance;
  private Integer warningPercent;
  private String payerName;
  private String payerIban;
  private String payerBic;
  private String note;
  private Long basedOn;
  private List<PoolRuleSet> history;

  public void load() {
    PoolRuleBook.InForce inForce = book.inForce();
    PoolRules rules = inForce.rules();
    basedOn = inForce.version();
    leadWorkingDays = rules.leadWorkingDays();
    qualifications.putAll(rules.minimumQualification());
    refused = new ArrayList<>(rules.refusedKinds());
    Payout payout = rules.payout();
    taxFreeAllowance = payout.taxFreeAllowance();
    warningPercent = payout.warningPercent();
    payerName = payout.payerName();
    payerIban = BankAccounts.formatIban(payout.payerIban());
    payerBic = payout.payerBic();
    history = book.history();
  }

  public String save() {
    PoolRules rules =
        new PoolRules(
            leadWorkingDays,
            qualifications,
            refused.isEmpty() ? EnumSet.noneOf(AppointmentKind.class) : EnumSet.copyOf(refused),
            new Payout(taxFreeAllowance, warningPercent, payerName, payerIban, payerBic));
    book.save(rules, basedOn, note);
    return Messages.redirect("/interpreting/rules", "rules.saved");
  }

  /** A version's payout rules, e.g. "840,00 € ab 80 % · Stadt Dortmund DE89 ...". */
  public String payoutText(PoolRuleSet version) {
    Payout payout = version.toRules().payout();
    return Messages.text(
        "rules.payout.summary",
        payout.taxFreeAllowance(),
        payout.warningPercent(),
        payout.hasPayer()
            ? payout.payerName() + " " + BankAccounts.formatIban(payout.payerIban())
            : Messages.text("rules.payer.none"));
  }

  /** The refused kinds of a version, in the reader's language. */
  public String refusedText(PoolRuleSet version) {
    return version.toRules().refusedKinds().stream()
        .sorted()
        .map(k -> Messages.text(k.messageKey()))
        .collect(Collectors.joining(", "));
  }

  /** The fields whose minimum differs from the lowest qualification, e.g. "Gesundheit: zert.". */
  public String qualificationText(PoolRuleSet version) {
    return version.toRules().minimumQualification().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                Messages.text(e.getKey().messageKey())
                    + ": "
                    + Messages.text(e.getValue().messageKey()))
        .collect(Collectors.joining(" · "));
  }

  public FieldOfWork[] getFields() {
    return FieldOfWork.values();
  }

  public Qualification[] getQualificationLevels() {
    return Qualification.values();
  }

  public AppointmentKind[] getKinds() {
    return AppointmentKind.values();
  }

  public Integer getLeadWorkingDays() {
    return leadWorkingDays;
  }

  public void setLeadWorkingDays(Integer leadWorkingDays) {
    this.leadWorkingDays = leadWorkingDays;
  }

  public Map<FieldOfWork, Qualification> getQualifications() {
    return qualifications;
  }

  public List<AppointmentKind> getRefused() {
    return refused;
  }

  public void setRefused(List<AppointmentKind> refused) {
    this.refused = refused;
  }

  public BigDecimal getTaxFreeAllowance() {
    return taxFreeAllowance;
  }

  public void setTaxFreeAllowance(BigDecimal taxFreeAllowance) {
    this.taxFreeAllowance = taxFreeAllowance;
  }

  public Integer getWarningPercent() {
    return warningPercent;
  }

  public void setWarningPercent(Integer warningPercent) {
    this.warningPercent = warningPercent;
  }

  public String getPayerName() {
    return payerName;
  }

  public void setPayerName(String payerName) {
    this.payerName = payerName;
  }

  public String getPayerIban() {
    return payerIban;
  }

  public void setPayerIban(String payerIban) {
    this.payerIban = payerIban;
  }

  public String getPayerBic() {
    return payerBic;
  }

  public void setPayerBic(String payerBic) {
    this.payerBic = payerBic;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<PoolRuleSet> getHistory() {
    return history;
  }
}
