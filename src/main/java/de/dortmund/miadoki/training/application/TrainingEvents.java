package de.dortmund.miadoki.training.application;

import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.RegistrationStatus;
import de.dortmund.miadoki.training.domain.TrainingSession;
import java.util.List;

/**
 * What happened to registrations and sessions, for what follows elsewhere (mails, to-dos). Fired by
 * the use case; observers run in its transaction and commit or roll back with it.
 */
public final class TrainingEvents {

  private TrainingEvents() {}

  /** A place was given ({@code CONFIRMED}) or offered for the claim window ({@code OFFERED}). */
  public record PlaceGiven(Registration registration, RegistrationStatus to) {}

  /** A registration waits for a supervisor of the person's department. */
  public record ApprovalRequested(Registration registration) {}

  /** Someone who held a place gave it up; the invitation in their calendar is withdrawn. */
  public record PlaceWithdrawn(Registration registration) {}

  /** A supervisor said no. */
  public record RegistrationRejected(Registration registration) {}

  /** Time or place of a session changed; the participants' invitations follow. */
  public record SessionMoved(TrainingSession session, List<Registration> participants) {}

  /** The session was called off; everyone registered is told. */
  public record SessionCancelled(TrainingSession session, List<Registration> registered) {}
}
