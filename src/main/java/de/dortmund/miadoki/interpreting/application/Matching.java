package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Eligibility;
import de.dortmund.miadoki.interpreting.domain.Exclusion;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.MatchingPolicy;
import de.dortmund.miadoki.interpreting.domain.Need;
import de.dortmund.miadoki.interpreting.domain.RankedCandidate;
import de.dortmund.miadoki.interpreting.domain.Ranking;
import de.dortmund.miadoki.interpreting.infrastructure.CandidateQueries;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The coordinator's view of who can take a request, ranked with reasons, and why others cannot. */
@ApplicationScoped
@RequiresRole(Role.COORDINATOR)
public class Matching {

  @PersistenceContext EntityManager em;
  @Inject CandidateQueries queries;
  @Inject RequestService requests;
  @Inject Records records;

  private final MatchingPolicy policy = MatchingPolicy.standard();

  /** The eligible interpreters, best first, each with the reasons for the score. */
  @Transactional
  public List<RankedCandidate> candidates(@NotNull Long requestId) {
    InterpreterRequest request = requests.accessible(requestId);
    Need need = queries.needOf(request);
    return Ranking.rank(queries.speakersOf(request), need, policy);
  }

  /** Every rule that keeps this interpreter from the request; empty if none does. */
  @Transactional
  public List<Exclusion> whyNot(@NotNull Long requestId, @NotNull Long interpreterId) {
    InterpreterRequest request = requests.accessible(requestId);
    Interpreter interpreter = records.find(Interpreter.class, interpreterId);
    return Eligibility.exclusions(
        queries.candidate(interpreter, request), queries.needOf(request), policy);
  }
}
