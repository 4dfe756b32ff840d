package de.dortmund.miadoki.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** All modules' page rules, and which one applies to a path: the exact page before its folder. */
@ApplicationScoped
public class PageAccess {

  @Inject Instance<PageRules> modules;

  private List<PageRule> rules;

  @PostConstruct
  void collect() {
    rules = ordered(modules.stream().flatMap(m -> m.pages().stream()).toList());
  }

  /** Exact pages first, then folders from the deepest; a path declared twice is an error. */
  static List<PageRule> ordered(List<PageRule> all) {
    Set<String> seen = new HashSet<>();
    for (PageRule rule : all) {
      if (!seen.add(rule.path())) {
        throw new IllegalStateException("Page declared twice: " + rule.path());
      }
    }
    return all.stream()
        .sorted(Comparator.comparing(PageRule::isFolder).thenComparing(r -> -r.path().length()))
        .toList();
  }

  /** The rule for a path below the portal's root; empty when no module declares it. */
  public Optional<PageRule> ruleFor(String path) {
    return rules.stream().filter(r -> r.covers(path)).findFirst();
  }

  /** Whether someone with these roles may open the page (declared pages only). */
  public boolean allows(String path, Set<Role> roles) {
    return ruleFor(path).map(r -> r.allows(roles)).orElse(false);
  }

  public List<PageRule> rules() {
    return rules;
  }
}
