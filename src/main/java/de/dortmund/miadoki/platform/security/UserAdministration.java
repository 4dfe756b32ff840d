package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.notification.MailOutbox;
import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.persistence.CriteriaPages;
import de.dortmund.miadoki.platform.persistence.Page;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.persistence.Records;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The administrator's account management: create, change, deactivate, reset passwords. */
@ApplicationScoped
@RequiresRole(Role.ADMIN)
public class UserAdministration {

  static final String ENTITY = "PortalUser";
  private static final Set<String> SORTABLE =
      Set.of("username", "displayName", "active", "lastLogin");

  @PersistenceContext EntityManager em;
  @Inject RequestThrottle throttle;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject Records records;
  @Inject AccountStates accountStates;
  @Inject MailOutbox outbox;
  @Inject Clock clock;
  @Inject NewAccounts accounts;

  @Transactional
  public Page<PortalUser> search(String text, PageRequest page) {
    return CriteriaPages.page(
        em,
        PortalUser.class,
        (cb, query, root) -> matching(cb, root, text),
        (cb, root) -> CriteriaPages.sortBy(cb, root, page, SORTABLE, "username", true),
        page);
  }

  private List<Predicate> matching(CriteriaBuilder cb, Root<PortalUser> root, String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "") + "%";
    return List.of(
        cb.or(
            cb.like(cb.lower(root.get("username")), like),
            cb.like(cb.lower(root.get("displayName")), like),
            cb.like(cb.lower(root.get("email")), like)));
  }

  /** Loads an account for editing; reading personal data is audited. */
  @Transactional
  public PortalUser load(@NotNull Long id) {
    return records.read(PortalUser.class, id, Records.anyone());
  }

  @Transactional
  public long countActive() {
    return em.createQuery("select count(u) from PortalUser u where u.active = true", Long.class)
        .getSingleResult();
  }

  /** Failed sign-ins (under any name, from any address) in the last 24 hours. */
  @Transactional
  public long countFailedLogins() {
    return throttle.recentAll(LoginThrottle.CLIENT, java.time.Duration.ofHours(24));
  }

  @Transactional
  public List<Department> departments() {
    return em.createNamedQuery(Department.ALL_ACTIVE, Department.class).getResultList();
  }

  @Transactional
  public boolean usernameTaken(String username) {
    return accounts.taken(username);
  }

  @Transactional
  public PortalUser create(@Valid @NotNull UserForm form) {
    if (form.getPassword() == null) {
      throw new IllegalArgumentException("A new account needs an initial password");
    }
    PortalUser user =
        accounts.create(
            form.getUsername(),
            form.getDisplayName(),
            form.getEmail(),
            form.getPassword(),
            department(form.getDepartmentId()),
            form.getRoles(),
            null);
    outbox.enqueue(
        user.getEmail(),
        Locale.forLanguageTag(user.getLocale()),
        "mail.accountCreated",
        user.getDisplayName(),
        user.getUsername());
    return user;
  }

  @Transactional
  public PortalUser update(@NotNull Long id, @Valid @NotNull UserForm form) {
    PortalUser user = lockedForChange(id, form.getVersion());
    user.update(
        form.getDisplayName(),
        form.getEmail(),
        department(form.getDepartmentId()),
        form.getRoles());
    records.changed(user);
    accountStates.forget(user.getUsername());
    return user;
  }

  @Transactional
  public PortalUser setActive(@NotNull Long id, long version, boolean active) {
    PortalUser user = lockedForChange(id, version);
    if (active) {
      user.activate();
    } else {
      user.deactivate(clock.instant());
    }
    records.changed(user);
    accountStates.forget(user.getUsername());
    return user;
  }

  @Transactional
  public PortalUser resetPassword(@NotNull Long id, long version, @NotNull String newPassword) {
    if (newPassword.length() < 10) {
      throw new IllegalArgumentException("Password too short");
    }
    PortalUser user = lockedForChange(id, version);
    user.changePassword(hasher.hash(newPassword), clock.instant());
    records.changed(user);
    accountStates.forget(user.getUsername());
    outbox.enqueue(
        user.getEmail(),
        Locale.forLanguageTag(user.getLocale()),
        "mail.passwordReset",
        user.getDisplayName());
    return user;
  }

  private PortalUser lockedForChange(Long id, long expectedVersion) {
    return records.change(PortalUser.class, id, expectedVersion, Records.anyone());
  }

  private Department department(Long id) {
    return id == null ? null : records.find(Department.class, id);
  }
}
