package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * The portal's own accounts as a Jakarta Security identity store; roles are returned as groups.
 *
 * <ul>
 *   <li>Mode {@code portal}: checks the password of every account.
 *   <li>Mode {@code ldap}: asked after the city's directory (which has the higher priority), it
 *       checks the passwords of the portal's own accounts (interpreters, external trainers,
 *       jurors), so they sign in on the same page; staff come from the directory ({@link
 *       DirectoryAccounts}).
 *   <li>Mode {@code oidc}: checks no passwords; supplies the roles of the account with the name the
 *       city's single sign-on gave, created at the first sign-in like the directory's.
 * </ul>
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  /** Marks the results of this store, so that the directory's store leaves them alone. */
  static final String ID = "portal";

  @Inject LoginService loginService;
  @Inject LoginSettings settings;
  @Inject Instance<OpenIdContext> openIdContext;

  private final LoginSettings.Mode mode = LoginSettings.mode();

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof UsernamePasswordCredential login) {
      return switch (mode) {
        case PORTAL -> loginService.authenticate(login.getCaller(), login.getPasswordAsString());
        case LDAP ->
            loginService.authenticateBesideDirectory(
                login.getCaller(), login.getPasswordAsString());
        case OIDC -> CredentialValidationResult.NOT_VALIDATED_RESULT;
      };
    }
    return CredentialValidationResult.NOT_VALIDATED_RESULT;
  }

  /**
   * Mode {@code oidc}: the roles of the person the provider signed in, from the account the first
   * sign-in creates (STAFF, with name, address and department from the ID token's claims, see
   * {@link LoginService#signedInByCityService}).
   */
  @Override
  public Set<String> getCallerGroups(CredentialValidationResult result) {
    String name = result.getCallerPrincipal().getName();
    if (openIdContext.isResolvable()) {
      JwtClaims claims = openIdContext.get().getIdentityToken().getJwtClaims();
      return loginService.signedInByCityService(
          new StaffPerson(
              name,
              claims.getStringClaim(settings.getOidcDisplayNameClaim()).orElse(null),
              claims.getStringClaim(settings.getOidcMailClaim()).orElse(null),
              claims.getStringClaim(settings.getOidcDepartmentClaim()).orElse(null)));
    }
    return loginService.signedInElsewhere(name);
  }

  @Override
  public Set<ValidationType> validationTypes() {
    // checking the password itself, the store hands out the roles with the result
    return mode == LoginSettings.Mode.OIDC
        ? EnumSet.of(ValidationType.PROVIDE_GROUPS)
        : EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
  }
}
