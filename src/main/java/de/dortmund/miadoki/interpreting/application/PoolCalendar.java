package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Absence;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.Language;
import de.dortmund.miadoki.interpreting.domain.Offer;
import de.dortmund.miadoki.interpreting.domain.OfferStatus;
import de.dortmund.miadoki.interpreting.infrastructure.IcalFeed;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.notification.PortalLinks;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.security.SecretTokens;
import de.dortmund.miadoki.platform.time.ClockProducer;
import de.dortmund.miadoki.platform.web.PortalBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The pool's calendar for coordinators, each interpreter's own calendar (assignments, open offers,
 * absences), and the interpreter's iCalendar feed behind a secret, renewable link.
 */
@ApplicationScoped
public class PoolCalendar {

  static final String FEED = "CalendarFeed";

  @PersistenceContext EntityManager em;
  @Inject LinkHolders linkHolders;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject PortalLinks links;

  public enum Kind {
    ASSIGNMENT,
    OFFER,
    ABSENCE
  }

  /** One entry of a calendar; {@code requestId} links assignments and offers to their request. */
  public record Entry(
      Kind kind,
      long id,
      String language,
      String interpreter,
      LocalDateTime start,
      LocalDateTime end,
      Long requestId)
      implements Serializable {}

  /**
   * An active assignment {@code a} that overlaps the period [:from, :to); the lower bound on its
   * start (no assignment is longer than {@link Assignment#LONGEST}) lets the database use the index
   * on the start. Parameters bound by {@link #inPeriod}.
   */
  private static final String ACTIVE_IN_PERIOD =
      "a.active = true and a.startsAt < :to and a.startsAt > :earliest and a.endsAt > :from";

  /** Active assignments in the period, optionally of one language or one interpreter. */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public List<Entry> pool(
      @NotNull LocalDateTime from,
      @NotNull LocalDateTime to,
      Long languageId,
      Long interpreterId,
      Locale locale) {
    // a projection: the calendar needs five values per entry, not three entity graphs
    String jpql =
        "select a.id, r.language, i.firstName, i.lastName, a.startsAt, a.endsAt, r.id"
            + " from Assignment a"
            + " join a.request r join a.interpreter i"
            + " where "
            + ACTIVE_IN_PERIOD
            + (languageId == null ? "" : " and r.language.id = :language")
            + (interpreterId == null ? "" : " and i.id = :interpreter")
            + " order by a.startsAt";
    TypedQuery<Object[]> query = inPeriod(em.createQuery(jpql, Object[].class), from, to);
    if (languageId != null) {
      query.setParameter("language", languageId);
    }
    if (interpreterId != null) {
      query.setParameter("interpreter", interpreterId);
    }
    return query.getResultList().stream()
        .map(
            row ->
                new Entry(
                    Kind.ASSIGNMENT,
                    (Long) row[0],
                    ((Language) row[1]).name(locale),
                    row[2] + " " + row[3],
                    (LocalDateTime) row[4],
                    (LocalDateTime) row[5],
                    (Long) row[6]))
        .toList();
  }

  /**
   * A day's assignments in one language, summed up: how many, from the first start to the last end.
   * The pool's calendar shows these where a period holds more than it can show one by one.
   */
  public record DaySummary(
      LocalDate day,
      long languageId,
      String language,
      long assignments,
      LocalDateTime first,
      LocalDateTime last)
      implements Serializable {}

  /** How many active assignments the pool has in the period (as {@link #pool} would list). */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public long poolCount(@NotNull LocalDateTime from, @NotNull LocalDateTime to) {
    return inPeriod(
            em.createQuery(
                "select count(a) from Assignment a where " + ACTIVE_IN_PERIOD, Long.class),
            from,
            to)
        .getSingleResult();
  }

  /**
   * The pool's active assignments in the period per day (of their start) and language, summed by
   * the database; in the order of days, then of the languages' names.
   */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public List<DaySummary> poolByDay(
      @NotNull LocalDateTime from, @NotNull LocalDateTime to, Locale locale) {
    String day =
        "extract(year from a.startsAt), extract(month from a.startsAt),"
            + " extract(day from a.startsAt)";
    List<DaySummary> summaries = new ArrayList<>();
    TypedQuery<Object[]> query =
        em.createQuery(
            "select r.language.id, "
                + day
                + ", count(a), min(a.startsAt), max(a.endsAt)"
                + " from Assignment a join a.request r"
                + " where "
                + ACTIVE_IN_PERIOD
                + " group by r.language.id, "
                + day,
            Object[].class);
    for (Object[] row :
        inPeriod(query, from, to).setHint(PoolCounting.BIND, "true").getResultList()) {
      long languageId = ((Number) row[0]).longValue();
      summaries.add(
          new DaySummary(
              LocalDate.of(
                  ((Number) row[1]).intValue(),
                  ((Number) row[2]).intValue(),
                  ((Number) row[3]).intValue()),
              languageId,
              em.find(Language.class, languageId).name(locale),
              ((Number) row[4]).longValue(),
              time(row[5]),
              time(row[6])));
    }
    Collator names = Collator.getInstance(locale);
    summaries.sort(
        Comparator.comparing(DaySummary::day)
            .thenComparing(DaySummary::language, names)
            .thenComparing(DaySummary::languageId));
    return summaries;
  }

  private static LocalDateTime time(Object value) {
    return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
  }

  /** The calling interpreter's assignments, open offers and absences in the period. */
  @RequiresRole(Role.INTERPRETER)
  @Transactional
  public List<Entry> mine(@NotNull LocalDateTime from, @NotNull LocalDateTime to, Locale locale) {
    Optional<Interpreter> own = own();
    if (own.isEmpty()) {
      return List.of();
    }
    long id = own.get().getId();
    List<Entry> entries = new ArrayList<>();
    assignmentsOf(id, from, to).forEach(a -> entries.add(entry(a, locale)));
    em.createQuery(
            "select o from Offer o where o.interpreter.id = :i and o.status = :open"
                + " and o.request.startsAt < :to and o.request.endsAt > :from",
            Offer.class)
        .setParameter("i", id)
        .setParameter("open", OfferStatus.OPEN)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .forEach(
            o -> {
              InterpreterRequest r = o.getRequest();
              entries.add(
                  new Entry(
                      Kind.OFFER,
                      o.getId(),
                      r.getLanguage().name(locale),
                      own.get().getDisplayName(),
                      r.getStartsAt(),
                      r.getEndsAt(),
                      null));
            });
    for (Absence absence : own.get().getAbsences()) {
      if (absence.getStartsAt().isBefore(to) && absence.getEndsAt().isAfter(from)) {
        entries.add(
            new Entry(
                Kind.ABSENCE,
                absence.getId(),
                null,
                own.get().getDisplayName(),
                absence.getStartsAt(),
                absence.getEndsAt(),
                null));
      }
    }
    entries.sort(Comparator.comparing(Entry::start));
    return entries;
  }

  /**
   * A new secret link for the calling interpreter's feed; the old link stops working. The token is
   * shown once: only its hash is kept.
   */
  @RequiresRole(Role.INTERPRETER)
  @Transactional
  public String renewFeed() {
    Interpreter interpreter =
        own().orElseThrow(() -> new IllegalStateException("No interpreter profile"));
    String token = SecretTokens.newToken();
    interpreter.renewCalendarToken(SecretTokens.hash(token));
    audit.record(AuditAction.UPDATE, FEED, interpreter.getId(), interpreter.getDisplayName());
    return token;
  }

  /** Whether the calling interpreter has a feed link. */
  @RequiresRole(Role.INTERPRETER)
  @Transactional
  public boolean hasFeed() {
    return own().map(i -> i.hasCalendarFeed()).orElse(false);
  }

  /**
   * The feed behind a link, without a login: the interpreter's active assignments from three months
   * back on. Cancelled or dropped assignments are not in it.
   */
  @Transactional
  public Optional<String> feed(String token) {
    if (!SecretTokens.isWellFormed(token)) {
      return Optional.empty();
    }
    Optional<Interpreter> interpreter =
        em.createNamedQuery(Interpreter.BY_CALENDAR_TOKEN, Interpreter.class)
            .setParameter("hash", SecretTokens.hash(token))
            .getResultStream()
            .filter(linkHolders::mayUseLinks)
            .findFirst();
    if (interpreter.isEmpty()) {
      audit.recordAs("link", AuditAction.ACCESS_DENIED, FEED, null, null);
      return Optional.empty();
    }
    LocalDateTime now = LocalDateTime.now(clock.withZone(ClockProducer.ZONE));
    List<IcalFeed.Event> events =
        assignmentsOf(interpreter.get().getId(), now.minusMonths(3), now.plusYears(2)).stream()
            .map(this::event)
            .toList();
    return Optional.of(IcalFeed.render(events, clock.instant()));
  }

  /**
   * One assignment as a calendar entry: the district, never the address, meeting point or on-site
   * contact (calendars are synchronised to devices and services outside the city); the details are
   * one link away, in the portal.
   */
  private IcalFeed.Event event(Assignment a) {
    InterpreterRequest r = a.getRequest();
    ResourceBundle labels = PortalBundles.of("i18n.interpreting", Locale.GERMAN);
    String place =
        r.getDistrict() != null
            ? "Dortmund, " + labels.getString(r.getDistrict().messageKey())
            : labels.getString(r.getMode().messageKey());
    return new IcalFeed.Event(
        a.getId(),
        "Dolmetschen: " + r.getLanguage().name(Locale.GERMAN),
        place,
        r.getDepartment().getName()
            + " · Adresse und Ansprechperson im Portal: "
            + links.to(PoolNotifications.APPOINTMENTS_PATH),
        a.getStartsAt(),
        a.getEndsAt());
  }

  private List<Assignment> assignmentsOf(long interpreterId, LocalDateTime from, LocalDateTime to) {
    TypedQuery<Assignment> query =
        em.createQuery(
                "select a from Assignment a where a.interpreter.id = :i and "
                    + ACTIVE_IN_PERIOD
                    + " order by a.startsAt",
                Assignment.class)
            .setParameter("i", interpreterId);
    return inPeriod(query, from, to).getResultList();
  }

  /** Binds the parameters of {@link #ACTIVE_IN_PERIOD}. */
  private static <T> TypedQuery<T> inPeriod(
      TypedQuery<T> query, LocalDateTime from, LocalDateTime to) {
    return query
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("earliest", from.minus(Assignment.LONGEST));
  }

  private Entry entry(Assignment a, Locale locale) {
    return new Entry(
        Kind.ASSIGNMENT,
        a.getId(),
        a.getRequest().getLanguage().name(locale),
        a.getInterpreter().getDisplayName(),
        a.getStartsAt(),
        a.getEndsAt(),
        a.getRequest().getId());
  }

  private Optional<Interpreter> own() {
    return em.createNamedQuery(Interpreter.BY_USERNAME, Interpreter.class)
        .setParameter("username", currentUser.username())
        .getResultStream()
        .findFirst();
  }
}
