package de.dortmund.miadoki.it.support;

import de.dortmund.miadoki.interpreting.application.Assignments;
import de.dortmund.miadoki.interpreting.application.CloseOut;
import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.application.MasterData;
import de.dortmund.miadoki.interpreting.application.OfferPlan;
import de.dortmund.miadoki.interpreting.application.Offers;
import de.dortmund.miadoki.interpreting.application.PoolArchive;
import de.dortmund.miadoki.interpreting.application.Recurrence;
import de.dortmund.miadoki.interpreting.application.RequestForm;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.application.Statements;
import de.dortmund.miadoki.interpreting.domain.AppointmentKind;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.AvailabilityWindow;
import de.dortmund.miadoki.interpreting.domain.District;
import de.dortmund.miadoki.interpreting.domain.FieldOfWork;
import de.dortmund.miadoki.interpreting.domain.Gender;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.InterpreterStatus;
import de.dortmund.miadoki.interpreting.domain.LanguageSkill;
import de.dortmund.miadoki.interpreting.domain.Mode;
import de.dortmund.miadoki.interpreting.domain.PayStatement;
import de.dortmund.miadoki.interpreting.domain.Qualification;
import de.dortmund.miadoki.interpreting.domain.SkillLevel;
import de.dortmund.miadoki.interpreting.domain.Vetting;
import de.dortmund.miadoki.platform.notification.OutboxMessage;
import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.security.UserAdministration;
import de.dortmund.miadoki.platform.security.UserForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data for the pool's in-container tests, each piece new and unique, so tests do not depend on
 * each other or on their order.
 */
@ApplicationScoped
public class PoolFixtures {

  private static final AtomicInteger WEEK = new AtomicInteger(3);

  @Inject PoolArchive archive;
  @Inject TestCaller caller;
  // through the container, so that a call from inside this bean gets its transaction too
  @Inject PoolFixtures self;
  @Inject UserAdministration users;
  @Inject InterpreterDirectory directory;
  @Inject MasterData masterData;
  @Inject RequestService requests;
  @Inject Assignments assignments;
  @Inject Offers offers;
  @Inject CloseOut closeOut;
  @Inject Statements statements;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A Tuesday at 10:00 in a week of its own, weeks ahead, so tests never share a slot. */
  public LocalDateTime freeTuesday() {
    return LocalDate.now(clock)
        .plusWeeks(WEEK.getAndIncrement())
        .with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
        .atTime(10, 0);
  }

  public Department department(String shortName) {
    return em.createNamedQuery(Department.BY_SHORT_NAME, Department.class)
        .setParameter("shortName", shortName)
        .getSingleResult();
  }

  /** A requester account in the given department; the caller is left as that requester. */
  public String requester(String departmentShortName) {
    String name = account("anfrage", null, departmentShortName, Role.REQUESTER);
    caller.actAs(name, Role.REQUESTER);
    return name;
  }

  /** The password of every account the fixtures create. */
  public static final String PASSWORD = "ein-sicheres-passwort";

  /** An account that can sign in, with the given roles, in a department or none. */
  public String account(
      String prefix, String displayName, String departmentShortName, Role... roles) {
    caller.actAs("it-admin", Role.ADMIN);
    UserForm form = new UserForm();
    String name = unique(prefix).toLowerCase();
    form.setUsername(name);
    form.setDisplayName(displayName == null ? "Account " + name : displayName);
    form.setEmail(name + "@example.org");
    if (departmentShortName != null) {
      form.setDepartmentId(department(departmentShortName).getId());
    }
    form.setRoles(EnumSet.of(roles[0], roles));
    form.setPassword(PASSWORD);
    users.create(form);
    return name;
  }

  /**
   * An interpreter with a portal account (INTERPRETER) that can sign in with {@link #PASSWORD}; as
   * {@link #interpreter(String)} otherwise.
   */
  public Interpreter interpreterWithAccount(String firstName, String lastName) {
    String account = account("dolm", firstName + " " + lastName, null, Role.INTERPRETER);
    return interpreter(account, firstName, lastName);
  }

  /** An active, vetted Arabic (Syrian) interpreter free on weekdays 08:00–18:00. */
  public Interpreter interpreter(String username) {
    return interpreter(username, "Test", unique("Dolmetscher"));
  }

  /** An interpreter as "Neu aufnehmen" registers one: active, without a portal account. */
  public Interpreter interpreterWithoutAccount(String firstName, String lastName) {
    return interpreter(null, firstName, lastName);
  }

  /** Registration goes through the directory's own transaction. */
  private Interpreter interpreter(String username, String firstName, String lastName) {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    long arabic = masterData.languageByCode("ara").getId();
    Interpreter interpreter =
        new Interpreter(
            firstName,
            lastName,
            unique("d") + "@example.org",
            District.INNENSTADT_NORD,
            20,
            Gender.FEMALE,
            Qualification.CERTIFIED,
            clock.instant());
    interpreter.changeProfile(
        District.INNENSTADT_NORD,
        20,
        Gender.FEMALE,
        Qualification.CERTIFIED,
        EnumSet.allOf(FieldOfWork.class),
        EnumSet.allOf(Mode.class));
    interpreter.replaceLanguages(List.of(new LanguageSkill(arabic, null, SkillLevel.NATIVE)));
    interpreter.replaceAvailability(
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
            .map(d -> new AvailabilityWindow(d, LocalTime.of(8, 0), LocalTime.of(18, 0)))
            .toList());
    interpreter.recordVetting(new Vetting(LocalDate.now(clock).minusYears(1), true, true, true));
    interpreter.changeStatus(InterpreterStatus.ACTIVE, java.time.LocalDate.now());
    interpreter.linkAccount(username);
    return directory.register(interpreter);
  }

  /** What {@link #held} made: an appointment of a fresh interpreter, with its people. */
  public record Held(
      Assignment assignment,
      Interpreter interpreter,
      String interpreterAccount,
      String requester) {}

  /**
   * A 60-minute appointment of a fresh interpreter for a fresh requester of the department, booked
   * and then moved to {@code start} (e.g. into the past, for the close-out).
   */
  public Held held(String department, LocalDateTime start) {
    String interpreterAccount = unique("dolm").toLowerCase();
    Interpreter interpreter = interpreter(interpreterAccount);
    String requester = requester(department);
    InterpreterRequest request = requests.create(form(freeTuesday()), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assignments.assign(request.getId(), interpreter.getId());
    self.moveTo(request.getId(), start);
    return new Held(
        requests.assignmentOf(request.getId()), interpreter, interpreterAccount, requester);
  }

  /**
   * A request of a fresh requester of the department offered to this interpreter alone, answerable
   * for two days.
   */
  public InterpreterRequest offeredTo(long interpreterId, String department) {
    return offeredTo(interpreterId, department, 1);
  }

  /**
   * As {@link #offeredTo(long, String)}, for a weekly series of {@code times} dates offered at once
   * (one offer on the first date covering the following ones).
   */
  public InterpreterRequest offeredTo(long interpreterId, String department, int times) {
    requester(department);
    List<InterpreterRequest> series =
        requests.createSeries(
            form(freeTuesday()), null, times == 1 ? null : new Recurrence(7, times, null));
    caller.actAs("it-coordinator", Role.COORDINATOR);
    offers.send(
        series.get(0).getId(),
        new OfferPlan(
            List.of(interpreterId),
            List.of(),
            null,
            clock.instant().plus(java.time.Duration.ofDays(2)),
            times > 1));
    return series.get(0);
  }

  /**
   * An appointment of this interpreter for a fresh requester of the department, booked and moved to
   * {@code start} (in the past, for the close-out).
   */
  public Assignment heldBy(long interpreterId, String department, LocalDateTime start) {
    requester(department);
    InterpreterRequest request = requests.create(form(freeTuesday()), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assignments.assign(request.getId(), interpreterId);
    self.moveTo(request.getId(), start);
    return requests.assignmentOf(request.getId());
  }

  /**
   * An issued statement of a fresh interpreter for an appointment three months back: reported,
   * confirmed and issued as the screens would do it.
   */
  public PayStatement issuedStatement() {
    return issuedStatement(null);
  }

  /**
   * The same, for a fresh interpreter paid as {@code pay} says (null: a volunteer without bank
   * details).
   */
  public PayStatement issuedStatement(de.dortmund.miadoki.interpreting.domain.PayDetails pay) {
    YearMonth month = YearMonth.now(clock).minusMonths(3);
    Held held =
        held(
            "MIA",
            month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).atTime(10, 0));
    if (pay != null) {
      caller.actAs("it-coordinator", Role.COORDINATOR);
      Interpreter fresh = directory.load(held.interpreter().getId());
      directory.changePayDetails(fresh.getId(), fresh.getVersion(), pay);
    }
    Assignment a = held.assignment();
    caller.actAs(held.interpreterAccount(), Role.INTERPRETER);
    closeOut.report(
        a.getId(),
        a.getVersion(),
        new CloseOut.Report(a.getStartsAt(), a.getStartsAt().plusMinutes(60), 5));
    caller.actAs(held.requester(), Role.REQUESTER);
    Assignment reported = requests.assignmentOf(a.getRequest().getId());
    closeOut.confirm(reported.getId(), reported.getVersion());
    caller.actAs("it-coordinator", Role.COORDINATOR);
    return statements.issue(month).stream()
        .filter(s -> s.getInterpreter().getId().equals(held.interpreter().getId()))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Moves a booked request and its assignment to {@code start} (keeping the duration), e.g. into
   * the past, where no request can be created: for close-out tests. Bulk updates, so that the
   * entity cache forgets the old times.
   */
  @Transactional
  public void moveTo(long requestId, LocalDateTime start) {
    InterpreterRequest request = em.find(InterpreterRequest.class, requestId);
    java.time.Duration length =
        java.time.Duration.between(request.getStartsAt(), request.getEndsAt());
    em.createNativeQuery(
            "delete from assignment_slot where assignment_id in"
                + " (select id from assignment where request_id = ?1)")
        .setParameter(1, requestId)
        .executeUpdate();
    em.createQuery(
            "update InterpreterRequest r set r.startsAt = :s, r.endsAt = :e where r.id = :id")
        .setParameter("s", start)
        .setParameter("e", start.plus(length))
        .setParameter("id", requestId)
        .executeUpdate();
    em.createQuery(
            "update Assignment a set a.startsAt = :s, a.endsAt = :e where a.request.id = :id")
        .setParameter("s", start)
        .setParameter("e", start.plus(length))
        .setParameter("id", requestId)
        .executeUpdate();
    // bulk updates leave no marks on the months' kept figures, as the portal's own writes do
    archive.changed(request.getStartsAt().toLocalDate());
    archive.changed(start.toLocalDate());
    em.getEntityManagerFactory().getCache().evictAll();
  }

  /**
   * Reads with the fixtures' entity manager inside a transaction. Test classes must not use their
   * own container-managed entity manager outside a transaction: Payara closes such a
   * non-transactional manager at the end of the test's request and, when it was closed already,
   * turns the test's result into an error.
   */
  @Transactional
  public <T> T read(java.util.function.Function<EntityManager, T> query) {
    return query.apply(em);
  }

  /** The mails queued for this address, oldest first, as the database has them now. */
  @Transactional
  public List<OutboxMessage> mailsTo(String recipient) {
    em.getEntityManagerFactory().getCache().evictAll();
    return em.createQuery(
            "select m from OutboxMessage m where m.recipient = :r order by m.id",
            OutboxMessage.class)
        .setParameter("r", recipient)
        .getResultList();
  }

  /** The form for changing {@code request} to start at {@code start}: its client and version. */
  public RequestForm changeOf(InterpreterRequest request, LocalDateTime start) {
    RequestForm form = form(start);
    form.setClientReference(request.getClientReference());
    form.setVersion(request.getVersion());
    return form;
  }

  /** A valid form for an Arabic on-site counselling appointment at {@code start}. */
  public RequestForm form(LocalDateTime start) {
    return filled(new RequestForm(), start);
  }

  /** A filled form as the booking page holds it, with a key of its own. */
  public RequestForm bookingForm(LocalDateTime start) {
    return filled(RequestForm.forBooking(), start);
  }

  private RequestForm filled(RequestForm form, LocalDateTime start) {
    form.setLanguageId(masterData.languageByCode("ara").getId());
    form.setStartsAt(start);
    form.setDurationMinutes(60);
    form.setMode(Mode.ON_SITE);
    form.setAddress("Südwall 2-4, 44137 Dortmund");
    form.setDistrict(District.INNENSTADT_WEST);
    form.setKind(AppointmentKind.COUNSELLING);
    form.setField(FieldOfWork.SOCIAL_SERVICES);
    form.setClientReference("K-" + (100000 + new java.util.Random().nextInt(900000)));
    form.setFundingSourceId(masterData.fundingSources().get(0).getId());
    return form;
  }
}
