package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Eligibility;
import de.dortmund.miadoki.interpreting.domain.Exclusion;
import de.dortmund.miadoki.interpreting.domain.IllegalTransitionException;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.MatchingPolicy;
import de.dortmund.miadoki.interpreting.domain.Offer;
import de.dortmund.miadoki.interpreting.domain.OfferStatus;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.interpreting.domain.SeriesAcceptance;
import de.dortmund.miadoki.interpreting.domain.StatusNotes;
import de.dortmund.miadoki.interpreting.infrastructure.CandidateQueries;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.notification.PortalLinks;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.security.SecretTokens;
import de.dortmund.miadoki.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Offers of a request to interpreters: sent by a coordinator in one or two tiers, answered in the
 * portal or through the e-mail's single-use link, released and expired by {@link OfferClock}.
 *
 * <p>Every change of a request's offers holds the request's row lock; an acceptance takes the
 * interpreter's lock first, exactly like a direct assignment. So the first acceptance wins, the
 * others find the request taken, and nobody is booked twice.
 */
@ApplicationScoped
public class Offers {

  static final String ENTITY = "Offer";
  static final String LINK_ACTOR = "link";
  static final String ANSWER_PATH = "/offer.xhtml?token=";

  /** How long the booked interpreter has to accept a moved appointment again. */
  static final java.time.Duration REOFFER_PERIOD = java.time.Duration.ofHours(48);

  @PersistenceContext EntityManager em;
  @Inject LinkHolders linkHolders;
  @Inject RequestTransitions transitions;
  @Inject Assignments assignments;
  @Inject CandidateQueries queries;
  @Inject PoolMail mail;
  @Inject PortalLinks links;
  @Inject AuditLog audit;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject Records records;

  private final MatchingPolicy policy = MatchingPolicy.standard();

  /**
   * Offers the request to the plan's interpreters. Refused with field messages when the plan is
   * incomplete, and with the reasons when one of them is not eligible.
   */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public List<Offer> send(@NotNull Long requestId, @NotNull OfferPlan plan) {
    InterpreterRequest request = lockRequest(requestId);
    if (!request.getStatus().isOpen()) {
      throw new IllegalTransitionException(request.getStatus(), RequestStatus.OFFERED);
    }
    Instant now = clock.instant();
    check(plan, request, ofRequest(requestId), now);
    Instant secondRelease = now.plus(plan.secondTierDelay());
    List<Offer> sent = new ArrayList<>();
    for (int tier = 1; tier <= 2; tier++) {
      for (Long interpreterId : tier == 1 ? plan.firstTier() : plan.secondTier()) {
        Interpreter interpreter = records.find(Interpreter.class, interpreterId);
        List<Exclusion> exclusions =
            Eligibility.exclusions(
                queries.candidate(interpreter, request), queries.needOf(request), policy);
        if (!exclusions.isEmpty()) {
          throw new NotEligibleException(exclusions);
        }
        Instant release = tier == 1 ? now : secondRelease;
        Offer offer =
            new Offer(
                request, interpreter, tier, release, plan.expiresAt(), currentUser.username());
        if (plan.following()) {
          offer.coveringFollowing();
        }
        em.persist(offer);
        if (!release.isAfter(now)) {
          open(offer, now);
        }
        sent.add(offer);
      }
    }
    if (request.getStatus() == RequestStatus.NEW) {
      transitions.move(request, RequestStatus.OFFERED, currentUser.username(), now, null);
    }
    em.flush();
    for (Offer offer : sent) {
      audit.record(AuditAction.CREATE, offer);
    }
    return sent;
  }

  private void check(
      OfferPlan plan, InterpreterRequest request, List<Offer> existing, Instant now) {
    List<RuleViolation> violations = new ArrayList<>();
    if (plan.firstTier().isEmpty()) {
      violations.add(violation("firstTier", "offer.firstTier.required"));
    }
    Set<Long> seen = new HashSet<>();
    for (Offer o : existing) {
      if (o.getStatus().isPending()) {
        seen.add(o.getInterpreter().getId());
      }
    }
    for (Long id : concat(plan.firstTier(), plan.secondTier())) {
      if (!seen.add(id)) {
        violations.add(violation("firstTier", "offer.duplicate"));
        break;
      }
    }
    if (plan.expiresAt() == null || !plan.expiresAt().isAfter(now)) {
      violations.add(violation("expiresAt", "offer.expiresAt.past"));
    } else {
      Instant start = request.getStartsAt().atZone(clock.getZone()).toInstant();
      if (plan.expiresAt().isAfter(start)) {
        violations.add(violation("expiresAt", "offer.expiresAt.afterStart"));
      }
      if (!plan.secondTier().isEmpty()
          && !plan.expiresAt().isAfter(now.plus(plan.secondTierDelay()))) {
        violations.add(violation("secondTierDelay", "offer.secondTier.afterExpiry"));
      }
    }
    if (plan.secondTierDelay().isNegative()) {
      violations.add(violation("secondTierDelay", "offer.secondTier.negative"));
    }
    if (plan.following() && request.getSeriesId() == null) {
      violations.add(violation("following", "offer.following.noSeries"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
  }

  private static RuleViolation violation(String field, String key) {
    return new RuleViolation(field, key, List.of());
  }

  private static List<Long> concat(List<Long> a, List<Long> b) {
    List<Long> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Opens a released offer with a fresh link and sends it; for a series, with its dates. */
  private void open(Offer offer, Instant now) {
    if (offer.isCoversFollowing()) {
      List<InterpreterRequest> covered = covered(offer.getRequest(), now);
      open(offer, now, "mail.offerSeries", locale -> dates(covered, locale));
    } else {
      open(offer, now, "mail.offer", locale -> "");
    }
  }

  private void open(Offer offer, Instant now, String mailKey) {
    open(offer, now, mailKey, locale -> "");
  }

  private void open(
      Offer offer, Instant now, String mailKey, java.util.function.Function<Locale, String> more) {
    String token = SecretTokens.newToken();
    offer.release(now, SecretTokens.hash(token));
    String link = links.to(ANSWER_PATH + token);
    mail.toInterpreter(
        offer.getInterpreter(),
        offer.getRequest(),
        mailKey,
        locale ->
            new Object[] {
              offer.getInterpreter().getDisplayName(),
              PoolMail.instant(offer.getExpiresAt(), locale),
              link,
              more.apply(locale)
            });
  }

  /**
   * The occurrences an offer covers: its request and, for an offer of a series, the following
   * occurrences that are still open and ahead, in order.
   */
  @Transactional
  public List<InterpreterRequest> covered(@NotNull Offer offer) {
    if (!offer.isCoversFollowing()) {
      return List.of(offer.getRequest());
    }
    return covered(offer.getRequest(), clock.instant());
  }

  /**
   * The dates that each series offer of {@code offers} covers (its own and the following open ones
   * ahead, in order), by offer id: one query for all of them. Offers of one date are left out.
   */
  @Transactional
  public Map<Long, List<LocalDateTime>> coveredDates(@NotNull List<Offer> offers) {
    List<Offer> series = offers.stream().filter(Offer::isCoversFollowing).toList();
    Map<Long, List<LocalDateTime>> dates = new HashMap<>();
    if (series.isEmpty()) {
      return dates;
    }
    List<Object[]> following =
        em.createQuery(
                "select r.seriesId, r.seriesIndex, r.startsAt from InterpreterRequest r"
                    + " where r.seriesId in :series and r.status in :open and r.startsAt > :now"
                    + " order by r.seriesIndex",
                Object[].class)
            .setParameter(
                "series",
                series.stream().map(o -> o.getRequest().getSeriesId()).distinct().toList())
            .setParameter("open", EnumSet.of(RequestStatus.NEW, RequestStatus.OFFERED))
            .setParameter("now", LocalDateTime.ofInstant(clock.instant(), ClockProducer.ZONE))
            .getResultList();
    for (Offer offer : series) {
      InterpreterRequest first = offer.getRequest();
      List<LocalDateTime> covered = new ArrayList<>();
      covered.add(first.getStartsAt());
      following.stream()
          .filter(
              r ->
                  first.getSeriesId().equals(r[0])
                      && ((Number) r[1]).intValue() > first.getSeriesIndex())
          .forEach(r -> covered.add((LocalDateTime) r[2]));
      dates.put(offer.getId(), covered);
    }
    return dates;
  }

  private List<InterpreterRequest> covered(InterpreterRequest first, Instant now) {
    List<InterpreterRequest> all = new ArrayList<>();
    all.add(first);
    all.addAll(
        em.createQuery(
                "select r from InterpreterRequest r where r.seriesId = :series"
                    + " and r.seriesIndex > :index and r.status in :open and r.startsAt > :now"
                    + " order by r.seriesIndex",
                InterpreterRequest.class)
            .setParameter("series", first.getSeriesId())
            .setParameter("index", first.getSeriesIndex())
            .setParameter("open", EnumSet.of(RequestStatus.NEW, RequestStatus.OFFERED))
            .setParameter("now", LocalDateTime.ofInstant(now, ClockProducer.ZONE))
            .getResultList());
    return all;
  }

  /** The occurrences' dates, one per line, in the reader's format. */
  private static String dates(List<InterpreterRequest> requests, Locale locale) {
    if (requests.isEmpty()) {
      return "–";
    }
    StringBuilder text = new StringBuilder();
    for (InterpreterRequest r : requests) {
      text.append(text.length() == 0 ? "" : "\n")
          .append("– ")
          .append(PoolMail.dateTime(locale).format(r.getStartsAt()));
    }
    return text.toString();
  }

  /** The offers of a request, for its coordinator screen. */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public List<Offer> of(@NotNull Long requestId) {
    return ofRequest(requestId);
  }

  private List<Offer> ofRequest(long requestId) {
    return em.createNamedQuery(Offer.OF_REQUEST, Offer.class)
        .setParameter("request", requestId)
        .getResultList();
  }

  /** The calling interpreter's open offers. */
  @RequiresRole(Role.INTERPRETER)
  @Transactional
  public List<Offer> mine() {
    return ownInterpreter()
        .map(
            i ->
                em
                    .createNamedQuery(Offer.OF_INTERPRETER, Offer.class)
                    .setParameter("interpreter", i.getId())
                    .setParameter("statuses", EnumSet.of(OfferStatus.OPEN))
                    .getResultList()
                    .stream()
                    .filter(o -> o.isAnswerable(clock.instant()))
                    .toList())
        .orElse(List.of());
  }

  /** The calling interpreter answers an own offer in the portal. */
  @RequiresRole(Role.INTERPRETER)
  @Transactional
  public OfferAnswer answer(@NotNull Long offerId, boolean accept) {
    Offer offer =
        records.reread(
            Offer.class,
            offerId,
            o -> currentUser.username().equals(o.getInterpreter().getUsername()));
    return decide(offer, accept, currentUser.username());
  }

  /** The offer behind an e-mail link, for the page that shows it before the answer. */
  @Transactional
  public Optional<Offer> byToken(String token) {
    if (!SecretTokens.isWellFormed(token)) {
      return Optional.empty();
    }
    // a paused interpreter, one who left or lost the account: the link opens nothing
    return em.createNamedQuery(Offer.BY_TOKEN, Offer.class)
        .setParameter("hash", SecretTokens.hash(token))
        .getResultStream()
        .filter(o -> linkHolders.mayUseLinks(o.getInterpreter()))
        .findFirst();
  }

  /** The answer through the e-mail's link, without a login; the link works once. */
  @Transactional
  public OfferAnswer answerByToken(String token, boolean accept) {
    Optional<Offer> offer = byToken(token);
    if (offer.isEmpty()) {
      audit.recordAs(LINK_ACTOR, AuditAction.ACCESS_DENIED, ENTITY, null, null);
      return OfferAnswer.UNKNOWN;
    }
    Interpreter interpreter = offer.get().getInterpreter();
    String actor =
        interpreter.getUsername() != null ? interpreter.getUsername() : interpreter.getEmail();
    return decide(offer.get(), accept, actor);
  }

  private OfferAnswer decide(Offer offer, boolean accept, String actor) {
    Instant now = clock.instant();
    // the same lock order as a direct assignment: interpreter, then request
    records.lock(Interpreter.class, offer.getInterpreter().getId());
    InterpreterRequest request = records.lock(InterpreterRequest.class, offer.getRequest().getId());
    em.refresh(offer);
    switch (offer.getStatus()) {
      case WITHDRAWN:
        return OfferAnswer.TAKEN;
      case EXPIRED:
        return OfferAnswer.EXPIRED;
      case WAITING:
        throw new IllegalStateException("Offer " + offer.getId() + " has not been sent");
      case ACCEPTED:
      case DECLINED:
        return OfferAnswer.ALREADY_ANSWERED;
      case OPEN:
      default:
        break;
    }
    if (offer.isExpiredAt(now)) {
      settle(request, now);
      return OfferAnswer.EXPIRED;
    }
    if (!request.getStatus().isOpen()) {
      offer.withdraw(now);
      return OfferAnswer.TAKEN;
    }
    if (!accept) {
      offer.decline(now);
      audit.recordAs(actor, AuditAction.UPDATE, offer);
      reopenIfNothingPending(request, actor, now, "offer.allDeclined");
      return OfferAnswer.DECLINED;
    }
    List<Exclusion> exclusions =
        Eligibility.exclusions(
            queries.candidate(offer.getInterpreter(), request), queries.needOf(request), policy);
    if (!exclusions.isEmpty()) {
      return OfferAnswer.NOT_ELIGIBLE;
    }
    offer.accept(now);
    audit.recordAs(actor, AuditAction.UPDATE, offer);
    if (offer.isCoversFollowing()) {
      return acceptSeries(offer, request, actor, now);
    }
    // the booking withdraws the other offers (RequestBooked)
    assignments.book(request.getId(), offer.getInterpreter().getId(), actor, false, false);
    // the address and the on-site contact are in the portal, not in the mail
    String appointments = links.to(PoolNotifications.APPOINTMENTS_PATH);
    mail.toInterpreter(
        offer.getInterpreter(),
        request,
        "mail.offerConfirmed",
        locale -> new Object[] {offer.getInterpreter().getDisplayName(), appointments});
    return OfferAnswer.ACCEPTED;
  }

  /**
   * An offer for a series was accepted: each covered occurrence that fits is booked (the request of
   * the offer fits, that was checked), the others stay open. The interpreter and the requester get
   * one mail for the whole series; the coordinators hear of what stays open.
   */
  private OfferAnswer acceptSeries(
      Offer offer, InterpreterRequest first, String actor, Instant now) {
    Interpreter interpreter = offer.getInterpreter();
    List<SeriesAcceptance.Occurrence> occurrences = new ArrayList<>();
    Map<Long, InterpreterRequest> byId = new HashMap<>();
    for (InterpreterRequest r : covered(first, now)) {
      // the interpreter's row is locked: the requests' rows follow, as in every booking
      InterpreterRequest locked = records.lock(InterpreterRequest.class, r.getId());
      if (locked.getStatus().isOpen()) {
        byId.put(locked.getId(), locked);
        occurrences.add(
            new SeriesAcceptance.Occurrence(
                locked.getId(), queries.candidate(interpreter, locked), queries.needOf(locked)));
      }
    }
    SeriesAcceptance.Outcome outcome = SeriesAcceptance.split(occurrences, policy);
    List<InterpreterRequest> booked = new ArrayList<>();
    for (Long id : outcome.booked()) {
      assignments.book(id, interpreter.getId(), actor, false, true);
      booked.add(byId.get(id));
    }
    List<InterpreterRequest> open = outcome.open().keySet().stream().map(byId::get).toList();
    String appointments = links.to(PoolNotifications.APPOINTMENTS_PATH);
    String requestLink = links.to(PoolNotifications.REQUEST_PATH + first.getId());
    mail.toInterpreter(
        interpreter,
        first,
        "mail.seriesConfirmed",
        locale ->
            new Object[] {
              interpreter.getDisplayName(), dates(booked, locale), dates(open, locale), appointments
            });
    mail.toRequester(
        first,
        "mail.seriesAssigned",
        locale ->
            new Object[] {
              interpreter.getDisplayName(), dates(booked, locale), dates(open, locale), requestLink
            });
    if (!open.isEmpty()) {
      mail.toRole(
          Role.COORDINATOR,
          first,
          "mail.seriesPartlyOpen",
          locale ->
              new Object[] {
                first.getDepartment().getName(),
                interpreter.getDisplayName(),
                dates(open, locale),
                requestLink
              });
    }
    return open.isEmpty() ? OfferAnswer.ACCEPTED : OfferAnswer.ACCEPTED_IN_PART;
  }

  /** Requests with offers to release or to expire at {@code now}, for {@link OfferClock}. */
  @Transactional
  public List<Long> due(Instant now) {
    return em.createNamedQuery(Offer.DUE_REQUESTS, Long.class)
        .setParameter("waiting", OfferStatus.WAITING)
        .setParameter("pending", EnumSet.of(OfferStatus.WAITING, OfferStatus.OPEN))
        .setParameter("now", Timestamps.of(now))
        .getResultList();
  }

  /**
   * Brings the offers of one request up to {@code now}: expired ones close, the second tier is sent
   * when its time has come and nobody has accepted; with nothing left pending the request goes back
   * to matching.
   */
  @Transactional
  public void settle(@NotNull Long requestId, Instant now) {
    settle(lockRequest(requestId), now);
  }

  private void settle(InterpreterRequest request, Instant now) {
    for (Offer offer : ofRequest(request.getId())) {
      em.refresh(offer);
      if (offer.isExpiredAt(now)) {
        offer.expire(now);
      } else if (offer.isDueForRelease(now)) {
        if (request.getStatus().isOpen()) {
          open(offer, now);
        } else {
          offer.withdraw(now);
        }
      }
    }
    reopenIfNothingPending(request, AuditLog.SYSTEM, now, "offer.allExpired");
  }

  /** A booking (direct or by an accepted offer) ends the request's other pending offers. */
  void withdrawOnBooking(@Observes PoolEvents.RequestBooked event) {
    withdrawPending(event.request());
  }

  /**
   * A booked request moved to another time (or changed what it needs): the booking has ended, and
   * the appointment is offered to the same interpreter again, answerable for {@link
   * #REOFFER_PERIOD} but not past its start. Someone no longer eligible is told instead, and the
   * request waits in matching.
   */
  void reofferOnChange(@Observes PoolEvents.BookedRequestChanged event) {
    if (!event.rebook()) {
      return;
    }
    InterpreterRequest request = event.request();
    Interpreter interpreter = event.assignment().getInterpreter();
    Instant now = clock.instant();
    List<Exclusion> exclusions =
        Eligibility.exclusions(
            queries.candidate(interpreter, request), queries.needOf(request), policy);
    if (!exclusions.isEmpty()) {
      mail.toInterpreter(
          interpreter,
          request,
          "mail.assignmentMovedAway",
          locale -> new Object[] {interpreter.getDisplayName()});
      String link = links.to(PoolNotifications.REQUEST_PATH + request.getId());
      mail.toRole(
          Role.COORDINATOR,
          request,
          "mail.movedUnstaffed",
          locale ->
              new Object[] {request.getDepartment().getName(), interpreter.getDisplayName(), link});
      return;
    }
    Instant start = request.getStartsAt().atZone(clock.getZone()).toInstant();
    Instant expires = now.plus(REOFFER_PERIOD).isBefore(start) ? now.plus(REOFFER_PERIOD) : start;
    Offer offer = new Offer(request, interpreter, 1, now, expires, currentUser.username());
    em.persist(offer);
    open(offer, now, "mail.offerRescheduled");
    transitions.move(request, RequestStatus.OFFERED, currentUser.username(), now, null);
    em.flush();
    audit.record(AuditAction.CREATE, offer);
  }

  /** A cancelled or unfilled request ends its pending offers. */
  void withdrawOnClosing(@Observes PoolEvents.RequestClosed event) {
    withdrawPending(event.request());
  }

  /** Withdraws the pending offers; interpreters who had got one are told. */
  private void withdrawPending(InterpreterRequest request) {
    Instant now = clock.instant();
    for (Offer offer : ofRequest(request.getId())) {
      if (offer.getStatus().isPending()) {
        boolean wasSent = offer.getStatus() == OfferStatus.OPEN;
        offer.withdraw(now);
        if (wasSent) {
          mail.toInterpreter(
              offer.getInterpreter(),
              request,
              "mail.offerWithdrawn",
              locale -> new Object[] {offer.getInterpreter().getDisplayName()});
        }
      }
    }
  }

  private void reopenIfNothingPending(
      InterpreterRequest request, String actor, Instant now, String noteKey) {
    if (request.getStatus() != RequestStatus.OFFERED) {
      return;
    }
    boolean pending = ofRequest(request.getId()).stream().anyMatch(o -> o.getStatus().isPending());
    if (!pending) {
      transitions.move(request, RequestStatus.NEW, actor, now, StatusNotes.key(noteKey));
    }
  }

  private InterpreterRequest lockRequest(long requestId) {
    return records.lock(InterpreterRequest.class, requestId);
  }

  private Optional<Interpreter> ownInterpreter() {
    return em.createNamedQuery(Interpreter.BY_USERNAME, Interpreter.class)
        .setParameter("username", currentUser.username())
        .getResultStream()
        .findFirst();
  }
}
