package de.dortmund.miadoki.interpreting.infrastructure;

import de.dortmund.miadoki.interpreting.application.PoolArchive;
import de.dortmund.miadoki.platform.privacy.RetentionContribution;
import de.dortmund.miadoki.platform.privacy.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The pool's records with a period:
 *
 * <ul>
 *   <li>{@value #REQUESTS}: requests with their client references, history, offers and assignments,
 *       whole months at a time, counted from the end of the month of the appointment; the month's
 *       figures are kept first ({@link PoolArchive}), statement lines stay;
 *   <li>{@value #LEFT_INTERPRETERS}: the profiles of interpreters who left, anonymised (the row
 *       stays for the statements that name it), counted from the day they left;
 *   <li>{@value #GOOD_CONDUCT}: the date of the certificate of good conduct of those who left, at
 *       most three months after leaving.
 * </ul>
 */
@ApplicationScoped
public class PoolRetention implements RetentionContribution {

  static final String REQUESTS = "requests";
  static final String LEFT_INTERPRETERS = "leftInterpreters";
  static final String GOOD_CONDUCT = "goodConduct";

  @PersistenceContext EntityManager em;
  @Inject PoolArchive archive;
  @Inject PoolRetention self;
  @Inject Clock clock;

  @Override
  public int order() {
    return 1;
  }

  @Override
  public List<RetentionRule> rules() {
    return List.of(
        new RetentionRule(REQUESTS, 24, 6, 120),
        new RetentionRule(LEFT_INTERPRETERS, 24, 1, 120),
        new RetentionRule(GOOD_CONDUCT, 3, 0, 3));
  }

  @Override
  public int purge(String key, LocalDate cutoff) {
    return switch (key) {
      case REQUESTS -> purgeRequests(cutoff);
      case LEFT_INTERPRETERS -> self.anonymiseLeft(cutoff);
      case GOOD_CONDUCT -> self.forgetGoodConduct(cutoff);
      default -> throw new IllegalArgumentException(key);
    };
  }

  /**
   * Every month that ended before {@code cutoff}, oldest first and each in a transaction of its
   * own, from the first month not sealed yet (or the first with requests).
   */
  private int purgeRequests(LocalDate cutoff) {
    LocalDate sealedUntil = archive.sealedUntil();
    YearMonth month =
        sealedUntil != null ? YearMonth.from(sealedUntil) : archive.firstMonthWithRequests();
    int deleted = 0;
    while (month != null && month.atEndOfMonth().isBefore(cutoff)) {
      deleted += archive.sealAndDelete(month);
      month = month.plusMonths(1);
    }
    return deleted;
  }

  /**
   * Anonymises those who left before {@code cutoff}: name, contact, account, bank details, feed,
   * vetting, languages, times and client wishes go; what they were paid stays on the statements.
   */
  @Transactional
  public int anonymiseLeft(LocalDate cutoff) {
    String due =
        "select id from interpreter where status = 'LEFT' and left_on < ?1"
            + " and anonymised_on is null";
    for (String table :
        List.of(
            "interpreter_language",
            "interpreter_availability",
            "interpreter_absence",
            "interpreter_field",
            "interpreter_mode",
            "client_preference")) {
      em.createNativeQuery("delete from " + table + " where interpreter_id in (" + due + ")")
          .setParameter(1, cutoff)
          .executeUpdate();
    }
    int count =
        em.createNativeQuery(
                "update interpreter set first_name = 'Anonym', last_name = cast(id as varchar(20)),"
                    + " email = concat(concat('anonym-', cast(id as varchar(20))), '@invalid'),"
                    + " phone = null, username = null, account_holder = null, iban = null,"
                    + " creditor_number = null, calendar_token_hash = null,"
                    + " good_conduct_date = null, anonymised_on = ?2"
                    + " where status = 'LEFT' and left_on < ?1 and anonymised_on is null")
            .setParameter(1, cutoff)
            .setParameter(2, LocalDate.now(clock))
            .executeUpdate();
    em.getEntityManagerFactory().getCache().evictAll();
    return count;
  }

  /** Clears the certificate's date of those who left before {@code cutoff}. */
  @Transactional
  public int forgetGoodConduct(LocalDate cutoff) {
    int count =
        em.createNativeQuery(
                "update interpreter set good_conduct_date = null where status = 'LEFT'"
                    + " and left_on < ?1 and good_conduct_date is not null")
            .setParameter(1, cutoff)
            .executeUpdate();
    em.getEntityManagerFactory().getCache().evictAll();
    return count;
  }
}
