package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The portal's own accounts as a Jakarta Security identity store; roles are returned as groups. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  @Inject LoginService loginService;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof UsernamePasswordCredential login) {
      return loginService.authenticate(login.getCaller(), login.getPasswordAsString());
    }
    return CredentialValidationResult.NOT_VALIDATED_RESULT;
  }
}
