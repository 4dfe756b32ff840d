package de.dortmund.miadoki.interpreting.web;

import static de.dortmund.miadoki.platform.security.PageRule.open;
import static de.dortmund.miadoki.platform.security.PageRule.roles;
import static de.dortmund.miadoki.platform.security.Role.ADMIN;
import static de.dortmund.miadoki.platform.security.Role.COORDINATOR;
import static de.dortmund.miadoki.platform.security.Role.INTERPRETER;
import static de.dortmund.miadoki.platform.security.Role.REQUESTER;

import de.dortmund.miadoki.platform.security.PageRule;
import de.dortmund.miadoki.platform.security.PageRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Who opens the pool's pages. The records on them are checked again per record by the services (own
 * department's requests, own profile, own statements).
 */
@ApplicationScoped
public class InterpretingPages implements PageRules {

  private static final String POOL = "/interpreting/";

  @Override
  public List<PageRule> pages() {
    return List.of(
        // an offer's answer link and the calendar feed: the secret token is the credential
        open("/offer.xhtml"),
        open("/calendar/*"),
        roles(POOL + "requests.xhtml", REQUESTER, COORDINATOR),
        roles(POOL + "request.xhtml", REQUESTER, COORDINATOR),
        roles(POOL + "request-new.xhtml", REQUESTER, COORDINATOR),
        roles(POOL + "profile.xhtml", COORDINATOR, INTERPRETER),
        roles(POOL + "appointments.xhtml", INTERPRETER),
        roles(POOL + "statements.xhtml", INTERPRETER, COORDINATOR),
        roles(POOL + "statement.pdf", INTERPRETER, COORDINATOR),
        roles(POOL + "calendar.xhtml", INTERPRETER, COORDINATOR),
        roles(POOL + "master-data.xhtml", ADMIN, COORDINATOR),
        roles(POOL + "interpreters.xhtml", COORDINATOR),
        roles(POOL + "interpreter-new.xhtml", COORDINATOR),
        roles(POOL + "reports.xhtml", COORDINATOR),
        roles(POOL + "rates.xhtml", COORDINATOR),
        roles(POOL + "rules.xhtml", COORDINATOR),
        roles(POOL + "costs.csv", COORDINATOR),
        roles(POOL + "costs.xlsx", COORDINATOR),
        roles(POOL + "payment-run.xml", COORDINATOR),
        roles(POOL + "payment-run.csv", COORDINATOR),
        roles(POOL + "report.csv", COORDINATOR));
  }
}
