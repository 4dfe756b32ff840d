package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The one way the pool's use cases change a request's status: the change is recorded in the
 * request's history and announced as {@link PoolEvents.StatusChanged}, so that whoever must be told
 * is told whatever the cause.
 */
@ApplicationScoped
class RequestTransitions {

  @Inject Event<PoolEvents.StatusChanged> changed;

  void move(
      InterpreterRequest request, RequestStatus target, String actor, Instant now, String note) {
    RequestStatus from = request.getStatus();
    request.moveTo(target, actor, now, note);
    changed.fire(new PoolEvents.StatusChanged(request, from, target, actor, note));
  }
}
