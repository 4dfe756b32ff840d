package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.time.ClockProducer;
import de.dortmund.miadoki.platform.web.LocaleSelector;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import org.omnifaces.cdi.ViewScoped;

/**
 * The request page's own state, which its sections share: the request of the address, its
 * assignment, and whether the reader coordinates. The sections ({@link RequestOverview}, {@link
 * RequestMatching}, {@link RequestOffers}, {@link RequestCloseOut}, {@link ClientWishes}) each keep
 * their workflow and their fragment under WEB-INF/includes/interpreting/request/.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RequestService requests;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject LocaleSelector localeSelector;

  private Long id;
  private RequestView request;
  private RequestView.Booking assignment;
  private boolean coordinator;
  private boolean changeable;

  /**
   * The page's view action, once the id of the address is set: read (and audited) once, and kept as
   * view records for the life of the page.
   */
  public void load() {
    InterpreterRequest loaded = requests.load(id);
    Assignment booked = requests.assignmentOf(id);
    coordinator = currentUser.hasRole(Role.COORDINATOR);
    changeable =
        (coordinator || currentUser.hasRole(Role.REQUESTER))
            && loaded.isChangeable(LocalDateTime.now(clock.withZone(ClockProducer.ZONE)));
    request = RequestView.of(loaded, localeSelector.getLocale());
    assignment = booked == null ? null : RequestView.Booking.of(booked);
  }

  /**
   * After a section's action: the page again, freshly loaded (post-redirect-get), with the message
   * that says what was done.
   */
  public String done(String messageKey, Object... args) {
    return Messages.redirect("/interpreting/request?id=" + id, messageKey, args);
  }

  /** Matching and offers are for coordinators, while the request is open. */
  public boolean isMatchable() {
    return coordinator && request.status().isOpen();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public RequestView getRequest() {
    return request;
  }

  public RequestView.Booking getAssignment() {
    return assignment;
  }

  /**
   * Its department's requesters or a coordinator may change it while it is open or booked and not
   * begun.
   */
  public boolean isChangeable() {
    return changeable;
  }

  public boolean isCoordinator() {
    return coordinator;
  }
}
