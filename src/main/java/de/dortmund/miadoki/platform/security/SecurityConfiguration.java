package de.dortmund.miadoki.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form login on the portal's own login page; the roles are those of {@link Role}. */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({
  "ADMIN",
  "COORDINATOR",
  "REQUESTER",
  "INTERPRETER",
  "TRAINING_MANAGER",
  "SUPERVISOR",
  "STAFF",
  "AWARD_MANAGER",
  "JUROR"
})
@ApplicationScoped
public class SecurityConfiguration {}
