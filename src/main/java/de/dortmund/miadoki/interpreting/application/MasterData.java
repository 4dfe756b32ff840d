package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.FundingSource;
import de.dortmund.miadoki.interpreting.domain.Language;
import de.dortmund.miadoki.interpreting.domain.LanguageVariety;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.persistence.SharedCache;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The pool's reference lists: languages with varieties, funding sources, departments. */
@ApplicationScoped
public class MasterData {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Records records;

  @Transactional
  public List<Language> languages() {
    return SharedCache.forDisplay(em.createNamedQuery(Language.ALL, Language.class))
        .getResultList();
  }

  @Transactional
  public List<LanguageVariety> varieties(long languageId) {
    return em.createNamedQuery(LanguageVariety.OF_LANGUAGE, LanguageVariety.class)
        .setParameter("language", languageId)
        .getResultList();
  }

  @Transactional
  public List<FundingSource> fundingSources() {
    return em.createNamedQuery(FundingSource.ACTIVE, FundingSource.class).getResultList();
  }

  @Transactional
  public List<Department> departments() {
    return SharedCache.forDisplay(em.createNamedQuery(Department.ALL_ACTIVE, Department.class))
        .getResultList();
  }

  /** Every funding source, the retired ones too, for the master data screen. */
  @RequiresRole({Role.ADMIN, Role.COORDINATOR})
  @Transactional
  public List<FundingSource> allFundingSources() {
    return em.createQuery("select f from FundingSource f order by f.nameDe", FundingSource.class)
        .getResultList();
  }

  /** A language of the pool; the ISO 639-3 code is unique. */
  @RequiresRole({Role.ADMIN, Role.COORDINATOR})
  @Transactional
  public Language addLanguage(
      @NotBlank @Pattern(regexp = "[a-z]{3}") String code,
      @NotBlank @Size(max = 100) String nameDe,
      @NotBlank @Size(max = 100) String nameEn) {
    if (!em.createQuery("select l.id from Language l where l.code = :code", Long.class)
        .setParameter("code", code)
        .getResultList()
        .isEmpty()) {
      throw new RuleViolationException(
          List.of(new RuleViolation("languageCode", "masterData.codeTaken", List.of())));
    }
    Language language = new Language(code, nameDe.strip(), nameEn.strip());
    em.persist(language);
    em.flush();
    audit.record(AuditAction.CREATE, language);
    return language;
  }

  /** A variety of a language (e.g. Syrian Arabic); its code is unique within the language. */
  @RequiresRole({Role.ADMIN, Role.COORDINATOR})
  @Transactional
  public LanguageVariety addVariety(
      @NotNull Long languageId,
      @NotBlank @Size(max = 10) String code,
      @NotBlank @Size(max = 100) String nameDe,
      @NotBlank @Size(max = 100) String nameEn) {
    Language language = records.find(Language.class, languageId);
    String upper = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (varieties(languageId).stream().anyMatch(v -> v.getCode().equals(upper))) {
      throw new RuleViolationException(
          List.of(new RuleViolation("varietyCode", "masterData.codeTaken", List.of())));
    }
    LanguageVariety variety = new LanguageVariety(language, upper, nameDe.strip(), nameEn.strip());
    em.persist(variety);
    em.flush();
    audit.record(AuditAction.CREATE, variety);
    return variety;
  }

  @RequiresRole({Role.ADMIN, Role.COORDINATOR})
  @Transactional
  public FundingSource addFundingSource(
      @NotBlank @Size(max = 30) String code,
      @NotBlank @Size(max = 150) String nameDe,
      @NotBlank @Size(max = 150) String nameEn) {
    String upper = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (allFundingSources().stream().anyMatch(f -> f.getCode().equals(upper))) {
      throw new RuleViolationException(
          List.of(new RuleViolation("fundingCode", "masterData.codeTaken", List.of())));
    }
    FundingSource source = new FundingSource(upper, nameDe.strip(), nameEn.strip());
    em.persist(source);
    em.flush();
    audit.record(AuditAction.CREATE, source);
    return source;
  }

  /** Offered on new requests or not; requests that name it keep it. */
  @RequiresRole({Role.ADMIN, Role.COORDINATOR})
  @Transactional
  public FundingSource setFundingSourceActive(@NotNull Long id, long version, boolean active) {
    FundingSource source = records.change(FundingSource.class, id, version, Records.anyone());
    source.activate(active);
    records.changed(source);
    return source;
  }

  @Transactional
  public Language languageByCode(String code) {
    return em.createQuery("select l from Language l where l.code = :code", Language.class)
        .setParameter("code", code)
        .getSingleResult();
  }
}
