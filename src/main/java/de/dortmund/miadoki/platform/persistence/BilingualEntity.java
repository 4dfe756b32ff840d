package de.dortmund.miadoki.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Locale;

/**
 * Master data named in German and English (languages, varieties, funding sources ...): the name
 * shown follows the user's language, German being the default.
 */
@MappedSuperclass
public abstract class BilingualEntity extends BaseEntity {

  @Column(name = "name_de", nullable = false)
  private String nameDe;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  protected BilingualEntity() {}

  protected BilingualEntity(String nameDe, String nameEn) {
    this.nameDe = nameDe;
    this.nameEn = nameEn;
  }

  /** New names in both languages. */
  public void rename(String nameDe, String nameEn) {
    this.nameDe = nameDe;
    this.nameEn = nameEn;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
  }

  public String getNameDe() {
    return nameDe;
  }

  public String getNameEn() {
    return nameEn;
  }
}
