package de.dortmund.miadoki.training.web;

import static de.dortmund.miadoki.platform.security.PageRule.open;
import static de.dortmund.miadoki.platform.security.PageRule.roles;
import static de.dortmund.miadoki.platform.security.Role.STAFF;
import static de.dortmund.miadoki.platform.security.Role.SUPERVISOR;
import static de.dortmund.miadoki.platform.security.Role.TRAINER;
import static de.dortmund.miadoki.platform.security.Role.TRAINING_MANAGER;

import de.dortmund.miadoki.platform.security.PageRule;
import de.dortmund.miadoki.platform.security.PageRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Who opens the trainings' pages. The records on them are checked again per record by the services
 * (own registrations, own department, own sessions as trainer).
 */
@ApplicationScoped
public class TrainingPages implements PageRules {

  private static final String T = "/training/";

  @Override
  public List<PageRule> pages() {
    return List.of(
        // anyone checks a certificate's code, without a login
        open("/verify.xhtml"),
        // a person's calendar feed: the secret token in the link is the credential
        open("/training-calendar/*"),
        roles(T + "catalogue.xhtml", STAFF, SUPERVISOR, TRAINING_MANAGER),
        roles(T + "session.xhtml", STAFF, SUPERVISOR, TRAINING_MANAGER, TRAINER),
        roles(T + "registrations.xhtml", STAFF, SUPERVISOR),
        roles(T + "feedback.xhtml", STAFF, SUPERVISOR),
        roles(T + "approvals.xhtml", SUPERVISOR),
        roles(T + "sessions.xhtml", TRAINING_MANAGER),
        roles(T + "all-registrations.xhtml", TRAINING_MANAGER),
        roles(T + "session-edit.xhtml", TRAINING_MANAGER),
        roles(T + "attendance.xhtml", TRAINER, TRAINING_MANAGER),
        roles(T + "courses.xhtml", TRAINING_MANAGER),
        roles(T + "statistics.xhtml", TRAINING_MANAGER),
        roles(T + "statistics.csv", TRAINING_MANAGER),
        roles(T + "certificate.pdf", STAFF, SUPERVISOR, TRAINING_MANAGER));
  }
}
