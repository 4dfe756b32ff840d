package de.dortmund.miadoki.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The portal's roles (see {@link Role}); how people sign in is {@link LoginSettings}' business. */
@DeclareRoles({
  "ADMIN",
  "COORDINATOR",
  "REQUESTER",
  "INTERPRETER",
  "TRAINING_MANAGER",
  "SUPERVISOR",
  "STAFF",
  "AWARD_MANAGER",
  "JUROR",
  "TRAINER"
})
@ApplicationScoped
public class SecurityConfiguration {}
