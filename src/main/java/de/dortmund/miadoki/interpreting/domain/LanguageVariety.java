package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BilingualEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A variety of a language (Syrian Arabic, Kurmanji Kurdish), which a request may insist on. */
// reference data, read on nearly every page and rarely changed: kept in the shared cache
@Cacheable
@Entity
@Table(name = "language_variety")
@NamedQuery(
    name = LanguageVariety.OF_LANGUAGE,
    query = "select v from LanguageVariety v where v.language.id = :language order by v.nameDe")
public class LanguageVariety extends BilingualEntity {

  public static final String OF_LANGUAGE = "LanguageVariety.ofLanguage";

  @ManyToOne(optional = false)
  @JoinColumn(name = "language_id", nullable = false, updatable = false)
  private Language language;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  protected LanguageVariety() {}

  public LanguageVariety(Language language, String code, String nameDe, String nameEn) {
    super(nameDe, nameEn);
    this.language = language;
    this.code = code;
  }

  public Language getLanguage() {
    return language;
  }

  public String getCode() {
    return code;
  }

  @Override
  public String auditSubject() {
    return getCode();
  }
}
