package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A language an interpreter offers, optionally narrowed to one variety (Kurmanji of Kurdish). A
 * skill without a variety covers requests for the language that name no variety.
 */
@Entity
@Table(name = "interpreter_language")
public class LanguageSkill extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "interpreter_id", nullable = false, updatable = false)
  private Interpreter interpreter;

  @Column(name = "language_id", nullable = false)
  private long languageId;

  @Column(name = "variety_id")
  private Long varietyId;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false)
  private SkillLevel level;

  protected LanguageSkill() {}

  public LanguageSkill(long languageId, Long varietyId, SkillLevel level) {
    this.languageId = languageId;
    this.varietyId = varietyId;
    this.level = Objects.requireNonNull(level);
  }

  public long getLanguageId() {
    return languageId;
  }

  public Long getVarietyId() {
    return varietyId;
  }

  public SkillLevel getLevel() {
    return level;
  }

  /** Binds this row to its interpreter (called by the interpreter). */
  void attachTo(Interpreter owner) {
    this.interpreter = owner;
  }

  public Interpreter getInterpreter() {
    return interpreter;
  }
}
