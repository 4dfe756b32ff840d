package de.dortmund.miadoki.training.infrastructure;

import static de.dortmund.miadoki.platform.privacy.PersonalDataContribution.Param.EMAIL;
import static de.dortmund.miadoki.platform.privacy.PersonalDataContribution.Param.USERNAME;

import de.dortmund.miadoki.platform.privacy.PersonalDataContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What the trainings hold about a person with an account: registrations with attendance and
 * certificates, and, for someone who gives trainings, the trainer's entry. Feedback is anonymous
 * and names nobody; only the fact that a registration gave it is kept.
 */
@ApplicationScoped
public class TrainingPersonalData implements PersonalDataContribution {

  private static final String OWN = "(select id from training_registration where username = ?)";

  @Override
  public List<Section> sections() {
    return List.of(
        Section.of(
            "training/registrations",
            "select * from training_registration where username = ? order by registered_at",
            USERNAME),
        Section.of(
            "training/attendance",
            "select * from training_attendance where registration_id in " + OWN,
            USERNAME),
        Section.of(
            "training/certificates",
            "select * from training_certificate where registration_id in " + OWN,
            USERNAME),
        Section.of(
            "training/feedbackGiven",
            "select * from training_feedback_given where registration_id in " + OWN,
            USERNAME),
        Section.of(
            "training/trainer",
            "select * from trainer where username = ? or lower(email) = lower(?)",
            USERNAME,
            EMAIL));
  }
}
