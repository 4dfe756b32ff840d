package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Mode {@code ldap}: the roles of a member of staff whom the city's directory signed in, from the
 * portal account that the first sign-in creates (role STAFF, department from the directory; see
 * {@link LoginService#signedInByCityService}). {@link LoginSelection} removes it in the other
 * modes.
 */
@ApplicationScoped
public class DirectoryAccounts implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(DirectoryAccounts.class.getName());

  @Inject DirectoryPeople people;
  @Inject LoginService loginService;

  @Override
  public Set<String> getCallerGroups(CredentialValidationResult result) {
    if (PortalIdentityStore.ID.equals(result.getIdentityStoreId())) {
      return Set.of(); // a portal account: its roles came with the result
    }
    String name = result.getCallerPrincipal().getName();
    try {
      return people
          .find(name)
          .map(loginService::signedInByCityService)
          .orElseGet(
              () -> {
                LOG.warning(() -> "Signed in by the directory, but not found there: " + name);
                return Set.of();
              });
    } catch (DirectoryPeople.Unreachable e) {
      LOG.warning(e::getMessage);
      return Set.of();
    }
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return EnumSet.of(ValidationType.PROVIDE_GROUPS);
  }
}
