package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.IdentityStore.ValidationType;
import jakarta.security.enterprise.identitystore.LdapIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.LdapIdentityStoreDefinition.LdapSearchScope;

/**
 * Mode {@code ldap}: the password typed into the portal's login page is checked by the city's
 * directory (the person is searched with the service account, then the password is checked by a
 * bind as that person). The roles come from {@link PortalIdentityStore}. Every value is server
 * configuration, see {@link LoginSettings}.
 */
@LdapIdentityStoreDefinition(
    url = "${portalLogin.ldapUrl}",
    bindDn = "${portalLogin.ldapBindDn}",
    bindDnPassword = "${portalLogin.ldapBindPassword}",
    callerSearchBase = "${portalLogin.ldapSearchBase}",
    callerSearchFilter = "${portalLogin.ldapSearchFilter}",
    callerSearchScope = LdapSearchScope.SUBTREE,
    callerNameAttribute = "${portalLogin.ldapNameAttribute}",
    useFor = ValidationType.VALIDATE)
@ApplicationScoped
public class DirectoryLogin {}
