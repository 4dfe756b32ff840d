package de.dortmund.miadoki.awards.web;

import static de.dortmund.miadoki.platform.security.PageRule.open;
import static de.dortmund.miadoki.platform.security.PageRule.roles;
import static de.dortmund.miadoki.platform.security.Role.AWARD_MANAGER;
import static de.dortmund.miadoki.platform.security.Role.JUROR;
import static de.dortmund.miadoki.platform.security.Role.REQUESTER;
import static de.dortmund.miadoki.platform.security.Role.STAFF;
import static de.dortmund.miadoki.platform.security.Role.SUPERVISOR;

import de.dortmund.miadoki.platform.security.PageRule;
import de.dortmund.miadoki.platform.security.PageRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Who opens the awards' pages. The services check each record again (a juror's own jury, the
 * declaration before a nomination is opened, the chair's pages).
 */
@ApplicationScoped
public class AwardPages implements PageRules {

  private static final String A = "/awards/";

  @Override
  public List<PageRule> pages() {
    return List.of(
        // the public call for nominations, without login
        open("/nominate.xhtml"),
        roles(A + "nominate.xhtml", STAFF, SUPERVISOR, REQUESTER, AWARD_MANAGER),
        roles(A + "programmes.xhtml", AWARD_MANAGER),
        roles(A + "programme.xhtml", AWARD_MANAGER),
        roles(A + "nominations.xhtml", AWARD_MANAGER),
        roles(A + "nomination.xhtml", AWARD_MANAGER),
        roles(A + "nominee.xhtml", AWARD_MANAGER),
        roles(A + "letter.pdf", AWARD_MANAGER),
        roles(A + "winners.pdf", AWARD_MANAGER),
        roles(A + "winners.csv", AWARD_MANAGER),
        roles(A + "nominee.csv", AWARD_MANAGER),
        roles(A + "attachment", AWARD_MANAGER, JUROR),
        roles(A + "jury.xhtml", JUROR),
        roles(A + "declare.xhtml", JUROR),
        roles(A + "review.xhtml", JUROR),
        roles(A + "decision.xhtml", JUROR, AWARD_MANAGER));
  }
}
