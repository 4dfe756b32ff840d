package de.dortmund.miadoki.interpreting.infrastructure;

import de.dortmund.miadoki.interpreting.application.PoolArchive;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.PayStatementLine;
import de.dortmund.miadoki.platform.time.ClockProducer;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.DirectToFieldChangeRecord;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;

/**
 * Marks the kept figures of a month as changed whenever the portal writes a request, an assignment
 * or a statement line of that month, in the same transaction as the write (and for a request or
 * assignment moved to another month, the month it left as well): the reports then count that month
 * again until its figures are kept anew ({@link PoolArchive}). Registered for the three entities in
 * persistence.xml ({@code eclipselink.descriptor.customizer.*}).
 */
public class KeptMonthChanges extends DescriptorEventAdapter implements DescriptorCustomizer {

  @Override
  public void customize(ClassDescriptor descriptor) {
    descriptor.getEventManager().addListener(this);
  }

  @Override
  public void postInsert(DescriptorEvent event) {
    mark(event, timeOf(event.getObject()));
  }

  @Override
  public void postUpdate(DescriptorEvent event) {
    LocalDateTime now = timeOf(event.getObject());
    mark(event, now);
    LocalDateTime before = timeBefore(event);
    if (before != null && (now == null || !YearMonth.from(before).equals(YearMonth.from(now)))) {
      mark(event, before);
    }
  }

  @Override
  public void postDelete(DescriptorEvent event) {
    mark(event, timeOf(event.getObject()));
  }

  private static void mark(DescriptorEvent event, LocalDateTime time) {
    if (time == null || notKeptYet(time)) {
      return;
    }
    DataModifyQuery query =
        new DataModifyQuery(new SQLCall(PoolArchive.MARK_CHANGED.replace("?1", "#MONTH")));
    query.addArgument("MONTH");
    event
        .getSession()
        .executeQuery(query, List.of(java.sql.Date.valueOf(YearMonth.from(time).atDay(1))));
  }

  /**
   * Only past months have kept figures: a write into the current month or a later one has nothing
   * to mark (most writes are such). An hour's margin covers a write that commits just after the
   * month ended.
   */
  private static boolean notKeptYet(LocalDateTime time) {
    YearMonth soonest = YearMonth.from(LocalDateTime.now(ClockProducer.ZONE).plusHours(1));
    return !YearMonth.from(time).isBefore(soonest);
  }

  private static LocalDateTime timeOf(Object entity) {
    if (entity instanceof InterpreterRequest request) {
      return request.getStartsAt();
    }
    if (entity instanceof Assignment assignment) {
      return assignment.getStartsAt();
    }
    if (entity instanceof PayStatementLine line) {
      return line.getAppointment();
    }
    return null;
  }

  /** The time the record had before this write, where the write changed it. */
  private static LocalDateTime timeBefore(DescriptorEvent event) {
    if (event.getChangeSet() == null) {
      return null;
    }
    ChangeRecord change = event.getChangeSet().getChangesForAttributeNamed("startsAt");
    return change instanceof DirectToFieldChangeRecord field
            && field.getOldValue() instanceof LocalDateTime old
        ? old
        : null;
  }
}
