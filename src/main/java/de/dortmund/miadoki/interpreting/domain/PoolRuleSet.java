package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One version of the pool's rules as a coordinator saved it. Versions are never changed: a change
 * is a new version, so the list of versions is the rules' history (who, when, what, why).
 */
@Entity
@Table(name = "pool_rule_set")
@NamedQuery(
    name = PoolRuleSet.NEWEST_FIRST,
    query = "select r from PoolRuleSet r order by r.id desc")
public class PoolRuleSet extends BaseEntity {

  public static final String NEWEST_FIRST = "PoolRuleSet.newestFirst";

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "lead_working_days", nullable = false, updatable = false)
  private int leadWorkingDays;

  @Column(name = "note", length = 500, updatable = false)
  private String note;

  @Column(name = "replaces", nullable = false, updatable = false)
  private long replaces;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "pool_rule_qualification",
      joinColumns = @JoinColumn(name = "rule_set_id"))
  @MapKeyColumn(name = "field")
  @MapKeyEnumerated(EnumType.STRING)
  @Enumerated(EnumType.STRING)
  @Column(name = "qualification", nullable = false)
  private Map<FieldOfWork, Qualification> minimumQualification = new HashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "pool_rule_refused_kind", joinColumns = @JoinColumn(name = "rule_set_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private Set<AppointmentKind> refusedKinds = new HashSet<>();

  @Column(name = "tax_free_allowance", nullable = false, updatable = false)
  private BigDecimal taxFreeAllowance;

  @Column(name = "allowance_warning_percent", nullable = false, updatable = false)
  private int allowanceWarningPercent;

  @Column(name = "payer_name", updatable = false)
  private String payerName;

  @Column(name = "payer_iban", updatable = false)
  private String payerIban;

  @Column(name = "payer_bic", updatable = false)
  private String payerBic;

  protected PoolRuleSet() {}

  /** A new version of the rules, replacing the version {@code replaces} (0: the standard rules). */
  public PoolRuleSet(PoolRules rules, long replaces, String by, Instant now, String note) {
    this.replaces = replaces;
    this.leadWorkingDays = rules.leadWorkingDays();
    this.minimumQualification = new HashMap<>(rules.minimumQualification());
    this.refusedKinds = new HashSet<>(rules.refusedKinds());
    Payout payout = rules.payout();
    this.taxFreeAllowance = payout.taxFreeAllowance();
    this.allowanceWarningPercent = payout.warningPercent();
    this.payerName = payout.payerName();
    this.payerIban = payout.payerIban();
    this.payerBic = payout.payerBic();
    this.createdBy = by;
    this.createdAt = Timestamps.of(now);
    this.note = note == null || note.isBlank() ? null : note.strip();
  }

  public PoolRules toRules() {
    return new PoolRules(
        leadWorkingDays,
        minimumQualification.isEmpty() ? Map.of() : new EnumMap<>(minimumQualification),
        refusedKinds.isEmpty()
            ? EnumSet.noneOf(AppointmentKind.class)
            : EnumSet.copyOf(refusedKinds),
        new Payout(taxFreeAllowance, allowanceWarningPercent, payerName, payerIban, payerBic));
  }

  public Instant getCreatedAt() {
    return createdAt.toInstant();
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public int getLeadWorkingDays() {
    return leadWorkingDays;
  }

  public String getNote() {
    return note;
  }

  @Override
  public String auditSubject() {
    return "pool rules";
  }
}
