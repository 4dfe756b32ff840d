package de.dortmund.miadoki.interpreting.infrastructure;

import static de.dortmund.miadoki.platform.privacy.PersonalDataContribution.Param.USERNAME;

import de.dortmund.miadoki.platform.privacy.PersonalDataContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What the interpreter pool holds about a person with an account: as an interpreter the profile
 * with languages, fields, modes, availability and absences, offers, assignments, statements with
 * their lines; as a requester the requests the person filed and their changes of state.
 */
@ApplicationScoped
public class PoolPersonalData implements PersonalDataContribution {

  private static final String OWN = "(select id from interpreter where username = ?)";

  @Override
  public List<Section> sections() {
    return List.of(
        Section.of("interpreter", "select * from interpreter where username = ?", USERNAME),
        Section.of(
            "interpreter/languages",
            "select * from interpreter_language where interpreter_id in " + OWN,
            USERNAME),
        Section.of(
            "interpreter/fields",
            "select * from interpreter_field where interpreter_id in " + OWN,
            USERNAME),
        Section.of(
            "interpreter/modes",
            "select * from interpreter_mode where interpreter_id in " + OWN,
            USERNAME),
        Section.of(
            "interpreter/availability",
            "select * from interpreter_availability where interpreter_id in " + OWN,
            USERNAME),
        Section.of(
            "interpreter/absences",
            "select * from interpreter_absence where interpreter_id in " + OWN,
            USERNAME),
        Section.of(
            "interpreter/offers",
            "select * from offer where interpreter_id in " + OWN + " order by id",
            USERNAME),
        Section.of(
            "interpreter/assignments",
            "select * from assignment where interpreter_id in " + OWN + " order by starts_at",
            USERNAME),
        Section.of(
            "interpreter/statements",
            "select * from pay_statement where interpreter_id in "
                + OWN
                + " order by statement_month",
            USERNAME),
        Section.of(
            "interpreter/statementLines",
            "select * from pay_statement_line where statement_id in"
                + " (select id from pay_statement where interpreter_id in "
                + OWN
                + ") order by appointment",
            USERNAME),
        Section.of(
            "requests",
            "select * from interpreter_request where requester = ? order by starts_at",
            USERNAME),
        Section.of(
            "requests/changes",
            "select * from request_status_change where actor = ? order by id",
            USERNAME));
  }
}
