package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.notification.PortalLinks;
import de.dortmund.miadoki.platform.web.Messages;
import de.dortmund.miadoki.training.application.RegistrationLists;
import de.dortmund.miadoki.training.application.Registrations;
import de.dortmund.miadoki.training.application.TrainingCalendar;
import de.dortmund.miadoki.training.domain.Registration;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * "Meine Fortbildungen": the caller's registrations, places on waiting lists, offers, certificates.
 */
@Named
@ViewScoped
public class MyRegistrations implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RegistrationLists lists;
  @Inject Registrations registrations;
  @Inject Clock clock;

  @Inject TrainingCalendar calendar;
  @Inject PortalLinks links;

  private List<RegistrationLists.Mine> mine;
  private boolean hasFeed;
  private String feedLink;

  public void load() {
    mine = lists.mine();
    hasFeed = calendar.hasFeed();
  }

  /** A new link for the calendar feed; the old one stops working. Shown once. */
  public void renewFeed() {
    feedLink = links.to("/training-calendar/" + calendar.renewFeed() + ".ics");
    hasFeed = true;
    Messages.info("mine.feed.renewed");
  }

  public boolean isHasFeed() {
    return hasFeed;
  }

  public String getFeedLink() {
    return feedLink;
  }

  public String claim(Registration r) {
    registrations.claim(r.getId(), r.getVersion());
    return done("registration.claimed");
  }

  public String cancel(Registration r) {
    registrations.cancel(r.getId(), r.getVersion());
    return done("registration.cancelled");
  }

  private String done(String key) {
    return Messages.redirect("/training/registrations", key);
  }

  /** Withdrawing is possible while the registration is active and the session has not started. */
  public boolean isCancellable(Registration r) {
    return r.getStatus().isActive() && !r.getSession().hasStartedAt(LocalDateTime.now(clock));
  }

  public List<RegistrationLists.Mine> getMine() {
    return mine;
  }
}
