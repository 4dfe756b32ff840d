package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.OfferAnswer;
import de.dortmund.miadoki.interpreting.application.Offers;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.Offer;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * The page behind an offer e-mail's link: shows the offer and takes one answer without a login.
 * Opening the page changes nothing (mail scanners open links too); only the button does.
 */
@Named
@ViewScoped
public class OfferLink implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Offers offers;
  @Inject Clock clock;

  private String token;
  private Offer offer;
  private OfferAnswer answer;
  private List<LocalDateTime> covered = List.of();

  public void load() {
    offer = offers.byToken(token).orElse(null);
    covered =
        offer == null || !offer.isCoversFollowing()
            ? List.of()
            : offers.covered(offer).stream().map(InterpreterRequest::getStartsAt).toList();
  }

  /** For an offer of a series: the dates it covers. */
  public List<LocalDateTime> getCovered() {
    return covered;
  }

  public void accept() {
    answered(offers.answerByToken(token, true));
  }

  public void decline() {
    answered(offers.answerByToken(token, false));
  }

  private void answered(OfferAnswer result) {
    answer = result;
    if (result.isTaken()) {
      Messages.info(result.messageKey());
    } else {
      Messages.error(null, result.messageKey());
    }
    load();
  }

  public boolean isAnswerable() {
    return offer != null && offer.isAnswerable(clock.instant());
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public Offer getOffer() {
    return offer;
  }

  public OfferAnswer getAnswer() {
    return answer;
  }
}
