package de.dortmund.miadoki.platform.privacy;

import de.dortmund.miadoki.platform.notification.MailOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The platform's own records with a period: the outbox. Sent mails have lost their text already;
 * what proves the delivery (recipient, subject, time) goes after three months, and mails given up
 * with it.
 */
@ApplicationScoped
public class PlatformRetention implements RetentionContribution {

  static final String OUTBOX = "outbox";

  @Inject MailOutbox outbox;
  @Inject Clock clock;

  @Override
  public int order() {
    return 9;
  }

  @Override
  public List<RetentionRule> rules() {
    return List.of(new RetentionRule(OUTBOX, 3, 1, 24));
  }

  @Override
  public int purge(String key, LocalDate cutoff) {
    return outbox.forgetSentBefore(cutoff.atStartOfDay(clock.getZone()).toInstant());
  }
}
