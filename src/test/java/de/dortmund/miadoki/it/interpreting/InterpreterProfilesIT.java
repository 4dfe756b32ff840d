package de.dortmund.miadoki.it.interpreting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.interpreting.application.BaseData;
import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.domain.Absence;
import de.dortmund.miadoki.interpreting.domain.AvailabilityWindow;
import de.dortmund.miadoki.interpreting.domain.District;
import de.dortmund.miadoki.interpreting.domain.FieldOfWork;
import de.dortmund.miadoki.interpreting.domain.Gender;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.Mode;
import de.dortmund.miadoki.interpreting.domain.Qualification;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditEntry;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.audit.AuditSearch;
import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Interpreters keep their own availability and absences, and only their own profile. */
@ExtendWith(ArquillianExtension.class)
class InterpreterProfilesIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject PoolFixtures fixtures;
  @Inject InterpreterDirectory directory;
  @Inject AuditLog auditLog;

  @Test
  void anInterpreterKeepsTheOwnAvailabilityAndAbsences() {
    String account = PoolFixtures.unique("dolm").toLowerCase();
    Interpreter own = fixtures.interpreter(account);
    caller.actAs(account, Role.INTERPRETER);

    Interpreter loaded = directory.own().orElseThrow();
    assertThat(loaded.getId()).isEqualTo(own.getId());
    Interpreter changed =
        directory.replaceAvailability(
            own.getId(),
            loaded.getVersion(),
            List.of(
                new AvailabilityWindow(
                    DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));
    changed =
        directory.addAbsence(
            own.getId(),
            changed.getVersion(),
            new Absence(fixtures.freeTuesday(), fixtures.freeTuesday().plusDays(3), "Urlaub"));

    Interpreter reread = directory.load(own.getId());
    assertThat(reread.getAvailability())
        .extracting(AvailabilityWindow::getDay)
        .containsExactly(DayOfWeek.SATURDAY);
    assertThat(reread.getAbsences()).extracting(Absence::getNote).containsExactly("Urlaub");
  }

  @Test
  void anInterpreterOpeningAnotherProfileIsRefusedAndAudited() {
    Interpreter other = fixtures.interpreter(null);
    String account = PoolFixtures.unique("dolm").toLowerCase();
    fixtures.interpreter(account);
    caller.actAs(account, Role.INTERPRETER);

    assertThatThrownBy(() -> directory.load(other.getId()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> directory.replaceAvailability(other.getId(), other.getVersion(), List.of()))
        .isInstanceOf(AccessDeniedException.class);

    caller.actAs("it-admin", Role.ADMIN);
    List<AuditEntry> denied =
        auditLog
            .search(
                new AuditSearch(account, "Interpreter", String.valueOf(other.getId()), null, null),
                PageRequest.of(0, 10))
            .rows();
    assertThat(denied)
        .extracting(AuditEntry::getAction)
        .containsOnly(AuditAction.ACCESS_DENIED)
        .hasSize(2);
  }

  @Test
  void twoEditorsOfOneProfileEndInChangedBySomeoneElse() {
    Interpreter interpreter = fixtures.interpreter(null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    long version = directory.load(interpreter.getId()).getVersion();
    directory.replaceAvailability(interpreter.getId(), version, List.of());
    assertThatThrownBy(() -> directory.replaceAvailability(interpreter.getId(), version, List.of()))
        .isInstanceOf(ConcurrentChangeException.class);
  }

  @Test
  void coordinatorsKeepTheBaseDataInterpretersCannotAndBadDataIsRefused() {
    String account = PoolFixtures.unique("dolm").toLowerCase();
    Interpreter interpreter = fixtures.interpreter(account);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    BaseData data =
        new BaseData(
            "neu@example.org",
            "0231 123",
            District.HOMBRUCH,
            40,
            Gender.FEMALE,
            Qualification.SWORN,
            EnumSet.of(FieldOfWork.HEALTH),
            EnumSet.of(Mode.PHONE, Mode.VIDEO));
    Interpreter changed =
        directory.changeBaseData(
            interpreter.getId(), directory.load(interpreter.getId()).getVersion(), data);
    Interpreter reread = directory.load(interpreter.getId());
    assertThat(reread.getHomeDistrict()).isEqualTo(District.HOMBRUCH);
    assertThat(reread.getModes()).containsExactlyInAnyOrder(Mode.PHONE, Mode.VIDEO);
    assertThat(reread.getEmail()).isEqualTo("neu@example.org");
    assertThat(reread.getQualification()).isEqualTo(Qualification.SWORN);

    BaseData noModes =
        new BaseData(
            "kein-at-zeichen",
            null,
            District.HOMBRUCH,
            40,
            Gender.FEMALE,
            Qualification.SWORN,
            EnumSet.of(FieldOfWork.HEALTH),
            EnumSet.noneOf(Mode.class));
    assertThatThrownBy(
            () -> directory.changeBaseData(interpreter.getId(), changed.getVersion(), noModes))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e ->
                assertThat(e.getConstraintViolations())
                    .extracting(v -> v.getPropertyPath().toString())
                    .anySatisfy(p -> assertThat(p).endsWith("email"))
                    .anySatisfy(p -> assertThat(p).endsWith("modes")));

    caller.actAs(account, Role.INTERPRETER);
    assertThatThrownBy(
            () -> directory.changeBaseData(interpreter.getId(), reread.getVersion(), data))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void requestersCannotUseTheDirectory() {
    fixtures.requester("JUG");
    assertThatThrownBy(() -> directory.search(null, null, PageRequest.of(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
  }
}
