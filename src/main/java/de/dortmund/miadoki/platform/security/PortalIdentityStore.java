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
 * When the city's directory or single sign-on service checks who someone is (see {@link
 * LoginSettings}), this store checks no passwords and only supplies the roles of the account with
 * that user name.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  @Inject LoginService loginService;

  private final boolean external = LoginSettings.mode() != LoginSettings.Mode.PORTAL;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!external && credential instanceof UsernamePasswordCredential login) {
      return loginService.authenticate(login.getCaller(), login.getPasswordAsString());
    }
    return CredentialValidationResult.NOT_VALIDATED_RESULT;
  }

  @Override
  public Set<String> getCallerGroups(CredentialValidationResult result) {
    return loginService.signedInElsewhere(result.getCallerPrincipal().getName());
  }

  @Override
  public Set<ValidationType> validationTypes() {
    // checking the password itself, the store hands out the roles with the result
    return external
        ? EnumSet.of(ValidationType.PROVIDE_GROUPS)
        : EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
  }
}
