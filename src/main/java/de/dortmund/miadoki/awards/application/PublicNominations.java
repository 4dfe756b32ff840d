package de.dortmund.miadoki.awards.application;

import de.dortmund.miadoki.awards.application.Nominations.Upload;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.awards.domain.ProgrammeStatus;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The public call for nominations, without login: which editions take nominations today, and a
 * nomination through the public form (how often one client may send is limited by the screen).
 */
@ApplicationScoped
public class PublicNominations {

  @PersistenceContext EntityManager em;
  @Inject Records records;
  @Inject NominationIntake intake;
  @Inject AwardMail mail;
  @Inject Clock clock;

  /** The editions that take nominations today. */
  @Transactional
  public List<AwardProgramme> openForNominations() {
    return em.createQuery(
            "select p from AwardProgramme p where p.status = :open"
                + " and p.nominationOpens <= :today and p.nominationCloses >= :today"
                + " order by p.type",
            AwardProgramme.class)
        .setParameter("open", ProgrammeStatus.OPEN)
        .setParameter("today", LocalDate.now(clock))
        .getResultStream()
        .peek(p -> p.getCategories().size())
        .toList();
  }

  /**
   * A nomination through the public form: only while the edition takes nominations. The nominator
   * gets the receipt number by mail in the form's language.
   */
  @Transactional
  public Nomination submit(
      long programmeId, @NotNull @Valid NominationForm form, List<Upload> uploads, Locale locale) {
    AwardProgramme programme = records.find(AwardProgramme.class, programmeId);
    if (!programme.acceptsNominationsOn(LocalDate.now(clock))) {
      throw new RuleViolationException("award.nominate.closed");
    }
    Nomination nomination = intake.store(programme, form, uploads, null);
    mail.receipt(nomination, locale);
    return nomination;
  }
}
