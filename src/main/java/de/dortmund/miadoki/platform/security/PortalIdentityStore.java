package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;

/**
 * The portal's own accounts as a Jakarta Security identity store; roles are returned as groups.
 *
 * <ul>
 *   <li>Mode {@code portal}: checks the password of every account.
 *   <li>Modes {@code ldap} and {@code oidc}: checks the passwords of the portal's own accounts
 *       (interpreters, external trainers, jurors), so that they sign in on the same page as the
 *       city's staff, whom the directory (asked first; {@link DirectoryAccounts}) or the single
 *       sign-on ({@link OpenIdLogin}) signs in.
 * </ul>
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  /** Marks the results of this store, so that the directory's store leaves them alone. */
  static final String ID = "portal";

  @Inject LoginService loginService;

  private final LoginSettings.Mode mode = LoginSettings.mode();

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof UsernamePasswordCredential login) {
      return switch (mode) {
        case PORTAL -> loginService.authenticate(login.getCaller(), login.getPasswordAsString());
        case LDAP, OIDC ->
            loginService.authenticateBesideCityService(
                login.getCaller(), login.getPasswordAsString());
      };
    }
    return CredentialValidationResult.NOT_VALIDATED_RESULT;
  }

  @Override
  public Set<ValidationType> validationTypes() {
    // checking the password itself, the store hands out the roles with the result
    return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
  }
}
