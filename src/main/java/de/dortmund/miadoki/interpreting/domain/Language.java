package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BilingualEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/** A language of the pool, by its ISO 639-3 code, named in German and English. */
// reference data, read on nearly every page and rarely changed: kept in the shared cache
@Cacheable
@Entity
@Table(name = "language")
// read on most pages; EclipseLink drops the cached result when a language changes
@NamedQuery(
    name = Language.ALL,
    query = "select l from Language l order by l.nameDe",
    hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class Language extends BilingualEntity {

  public static final String ALL = "Language.all";

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected Language() {}

  public Language(String code, String nameDe, String nameEn) {
    super(nameDe, nameEn);
    this.code = code;
  }

  public String getCode() {
    return code;
  }

  public boolean isActive() {
    return active;
  }

  @Override
  public String auditSubject() {
    return getCode();
  }
}
