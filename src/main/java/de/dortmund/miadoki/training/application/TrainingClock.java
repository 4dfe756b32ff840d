package de.dortmund.miadoki.training.application;

import de.dortmund.miadoki.platform.scheduling.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The trainings' scheduled work, every five minutes (system property {@code
 * miadoki.training.interval.seconds}): offers whose claim window passed lapse and pass on, held
 * places are released at the deadline, managers are warned of sessions below their minimum,
 * participants are reminded a week and a day before. With several servers only the holder of the
 * lease {@value #LEASE} runs it.
 */
@ApplicationScoped
public class TrainingClock implements ScheduledWork {

  static final String LEASE = "training.deadlines";

  @Inject Places places;
  @Inject Deadlines deadlines;

  @Override
  public String lease() {
    return LEASE;
  }

  @Override
  public String intervalProperty() {
    return "miadoki.training.interval.seconds";
  }

  @Override
  public long defaultIntervalSeconds() {
    return 300;
  }

  @Override
  public void run() {
    places.lapseUnclaimedOffers();
    places.releaseHoldsPastDeadline();
    deadlines.warnBelowMinimum();
    deadlines.remindParticipants();
  }
}
