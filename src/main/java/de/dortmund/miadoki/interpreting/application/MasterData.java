package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.FundingSource;
import de.dortmund.miadoki.interpreting.domain.Language;
import de.dortmund.miadoki.interpreting.domain.LanguageVariety;
import de.dortmund.miadoki.platform.organisation.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The pool's reference lists: languages with varieties, funding sources, departments. */
@ApplicationScoped
public class MasterData {

  @PersistenceContext EntityManager em;

  @Transactional
  public List<Language> languages() {
    return em.createNamedQuery(Language.ALL, Language.class).getResultList();
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
    return em.createNamedQuery(Department.ALL_ACTIVE, Department.class).getResultList();
  }

  @Transactional
  public Language languageByCode(String code) {
    return em.createQuery("select l from Language l where l.code = :code", Language.class)
        .setParameter("code", code)
        .getSingleResult();
  }
}
