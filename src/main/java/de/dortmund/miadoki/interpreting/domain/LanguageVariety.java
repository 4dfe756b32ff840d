package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/** A variety of a language (Syrian Arabic, Kurmanji Kurdish), which a request may insist on. */
@Entity
@Table(name = "language_variety")
@NamedQuery(
    name = LanguageVariety.OF_LANGUAGE,
    query = "select v from LanguageVariety v where v.language.id = :language order by v.nameDe")
public class LanguageVariety extends BaseEntity {

  public static final String OF_LANGUAGE = "LanguageVariety.ofLanguage";

  @ManyToOne(optional = false)
  @JoinColumn(name = "language_id", nullable = false, updatable = false)
  private Language language;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "name_de", nullable = false)
  private String nameDe;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  protected LanguageVariety() {}

  public LanguageVariety(Language language, String code, String nameDe, String nameEn) {
    this.language = language;
    this.code = code;
    this.nameDe = nameDe;
    this.nameEn = nameEn;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
  }

  public Language getLanguage() {
    return language;
  }

  public String getCode() {
    return code;
  }

  public String getNameDe() {
    return nameDe;
  }

  public String getNameEn() {
    return nameEn;
  }
}
