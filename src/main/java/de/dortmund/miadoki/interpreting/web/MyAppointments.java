package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.Assignments;
import de.dortmund.miadoki.interpreting.application.OfferAnswer;
import de.dortmund.miadoki.interpreting.application.Offers;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.Offer;
import de.dortmund.miadoki.platform.web.Failures;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An interpreter's open offers (accept or decline) and coming assignments (report a drop-out). */
@Named
@ViewScoped
public class MyAppointments implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Offers offers;
  @Inject Assignments assignments;

  private List<Offer> openOffers;
  private List<Assignment> upcoming;
  private final Map<Long, String> reasons = new HashMap<>();

  public void load() {
    openOffers = offers.mine();
    upcoming = assignments.upcomingOfMine();
  }

  public void accept(long offerId) {
    answered(offers.answer(offerId, true));
  }

  public void decline(long offerId) {
    answered(offers.answer(offerId, false));
  }

  private void answered(OfferAnswer answer) {
    if (answer == OfferAnswer.ACCEPTED || answer == OfferAnswer.DECLINED) {
      Messages.info(answer.messageKey());
    } else {
      Messages.error(null, answer.messageKey());
    }
    load();
  }

  public void dropOut(Assignment assignment) {
    try {
      assignments.dropOut(
          assignment.getId(),
          assignment.getRequest().getVersion(),
          reasons.get(assignment.getId()));
      Messages.info("assignment.droppedOut.done");
    } catch (RuntimeException e) {
      if (!Failures.isConcurrentChange(e)) {
        throw e;
      }
      Messages.error(null, "error.concurrentChange");
    }
    load();
  }

  public List<Offer> getOpenOffers() {
    return openOffers;
  }

  public List<Assignment> getUpcoming() {
    return upcoming;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
