package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.web.Messages;
import de.dortmund.miadoki.training.application.Feedback;
import de.dortmund.miadoki.training.application.RegistrationLists;
import de.dortmund.miadoki.training.domain.FeedbackAnswer.Question;
import de.dortmund.miadoki.training.domain.Registration;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/** The anonymous feedback form of a held session, for someone who attended it. */
@Named
@ViewScoped
public class FeedbackView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Feedback feedback;
  @Inject RegistrationLists lists;

  private Long registrationId;
  private Registration registration;
  private boolean open;
  private final Map<Question, Integer> ratings = new EnumMap<>(Question.class);
  private String freeText;

  public void load() {
    registration = lists.load(registrationId);
    open = feedback.open(registrationId);
  }

  public String send() {
    feedback.answer(
        registrationId, Arrays.stream(Question.values()).map(ratings::get).toList(), freeText);
    return Messages.redirect("/training/registrations", "feedback.thanks");
  }

  public List<Question> getQuestions() {
    return List.of(Question.values());
  }

  public List<Integer> getScale() {
    return List.of(1, 2, 3, 4, 5);
  }

  public Long getRegistrationId() {
    return registrationId;
  }

  public void setRegistrationId(Long registrationId) {
    this.registrationId = registrationId;
  }

  public Registration getRegistration() {
    return registration;
  }

  public boolean isOpen() {
    return open;
  }

  public Map<Question, Integer> getRatings() {
    return ratings;
  }

  public String getFreeText() {
    return freeText;
  }

  public void setFreeText(String freeText) {
    this.freeText = freeText;
  }
}
