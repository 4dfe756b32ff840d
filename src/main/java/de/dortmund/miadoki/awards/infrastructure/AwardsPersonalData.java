package de.dortmund.miadoki.awards.infrastructure;

import static de.dortmund.miadoki.platform.privacy.PersonalDataContribution.Param.DISPLAY_NAME;
import static de.dortmund.miadoki.platform.privacy.PersonalDataContribution.Param.EMAIL;
import static de.dortmund.miadoki.platform.privacy.PersonalDataContribution.Param.USERNAME;

import de.dortmund.miadoki.platform.privacy.PersonalDataContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What the awards hold about a person with an account: nominations about the person (by e-mail
 * address or name), with their attachments and the special-category data they carry (migration
 * history), nominations the person submitted, and as a juror the declarations and scorecards.
 */
@ApplicationScoped
public class AwardsPersonalData implements PersonalDataContribution {

  private static final String ABOUT =
      "(select id from award_nomination where lower(nominee_email) = lower(?)"
          + " or lower(nominee_name) = lower(?))";
  private static final String JUROR = "(select id from award_juror where username = ?)";

  @Override
  public List<Section> sections() {
    return List.of(
        Section.of(
            "awards/nominationsAbout",
            "select * from award_nomination where id in " + ABOUT + " order by submitted_at",
            EMAIL,
            DISPLAY_NAME),
        Section.of(
            "awards/nominationsAbout/attachments",
            "select * from award_attachment where nomination_id in " + ABOUT,
            EMAIL,
            DISPLAY_NAME),
        Section.of(
            "awards/nominationsSubmitted",
            "select * from award_nomination where submitted_by = ? or lower(nominator_email) ="
                + " lower(?) order by submitted_at",
            USERNAME,
            EMAIL),
        Section.of("awards/juror", "select * from award_juror where username = ?", USERNAME),
        Section.of(
            "awards/juror/declarations",
            "select * from award_declaration where juror_id in " + JUROR,
            USERNAME),
        Section.of(
            "awards/juror/scorecards",
            "select * from award_scorecard where juror_id in " + JUROR,
            USERNAME),
        Section.of(
            "awards/juror/scores",
            "select * from award_score where scorecard_id in"
                + " (select id from award_scorecard where juror_id in "
                + JUROR
                + ")",
            USERNAME));
  }
}
