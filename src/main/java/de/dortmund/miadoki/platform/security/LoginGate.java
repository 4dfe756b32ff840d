package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Every password sign-in, in every mode, passes here: the {@link LoginThrottle} first, then (with
 * the city's directory) the check that the typed name is a plain user name before the directory is
 * asked, then the identity stores. The result says whether the attempt was refused for being too
 * early, so that the page can say so, without telling whether the name exists.
 */
@ApplicationScoped
public class LoginGate {

  /** The characters of a user name that may reach the directory's search. */
  static final Pattern DIRECTORY_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @Inject IdentityStoreHandler stores;
  @Inject LoginThrottle throttle;
  @Inject LoginService loginService;

  /** The stores' result, or a refusal with the time to wait. */
  public record Outcome(CredentialValidationResult result, Duration delay) {
    public boolean throttled() {
      return !delay.isZero();
    }

    public boolean valid() {
      return result.getStatus() == CredentialValidationResult.Status.VALID
          && !result.getCallerGroups().isEmpty();
    }
  }

  public Outcome attempt(String username, String password, String client) {
    String name = username == null ? "" : username.strip();
    LoginThrottle.Verdict verdict = throttle.admit(name, client);
    if (!verdict.allowed()) {
      loginService.recordRefusal(name);
      return new Outcome(CredentialValidationResult.INVALID_RESULT, verdict.delay());
    }
    if (LoginSettings.mode() == LoginSettings.Mode.LDAP
        && !DIRECTORY_NAME.matcher(name).matches()) {
      // never into the directory's search: the same answer as a wrong password, same cost
      loginService.refuseUnchecked(password);
      throttle.failed(name, client);
      return new Outcome(CredentialValidationResult.INVALID_RESULT, Duration.ZERO);
    }
    CredentialValidationResult result =
        stores.validate(
            new UsernamePasswordCredential(name, new Password(password == null ? "" : password)));
    Outcome outcome = new Outcome(result, Duration.ZERO);
    if (outcome.valid()) {
      throttle.succeeded(name, client);
    } else {
      throttle.failed(name, client);
    }
    return outcome;
  }
}
