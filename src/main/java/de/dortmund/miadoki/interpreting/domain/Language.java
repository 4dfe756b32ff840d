package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/** A language of the pool, by its ISO 639-3 code, named in German and English. */
@Entity
@Table(name = "language")
@NamedQuery(name = Language.ALL, query = "select l from Language l order by l.nameDe")
public class Language extends BaseEntity {

  public static final String ALL = "Language.all";

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "name_de", nullable = false)
  private String nameDe;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected Language() {}

  public Language(String code, String nameDe, String nameEn) {
    this.code = code;
    this.nameDe = nameDe;
    this.nameEn = nameEn;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
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

  public boolean isActive() {
    return active;
  }
}
