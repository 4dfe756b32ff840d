package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.PageAccess;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The main menu of the current user: the entries of all modules whose pages the user may open. */
@Named
@RequestScoped
public class MainMenu {

  public record Section(String key, List<NavigationItem> items) {}

  @Inject Instance<NavigationContribution> contributions;
  @Inject CurrentUser currentUser;
  @Inject PageAccess access;

  private List<Section> sections = List.of();

  @PostConstruct
  void build() {
    if (!currentUser.isAuthenticated()) {
      return;
    }
    sections = visibleSections(contributions.stream().flatMap(c -> c.items().stream()).toList());
  }

  List<Section> visibleSections(List<NavigationItem> all) {
    Map<String, List<NavigationItem>> bySection = new LinkedHashMap<>();
    all.stream()
        .filter(this::visible)
        .sorted(Comparator.comparingInt(NavigationItem::order))
        .forEach(i -> bySection.computeIfAbsent(i.sectionKey(), k -> new ArrayList<>()).add(i));
    return bySection.entrySet().stream().map(e -> new Section(e.getKey(), e.getValue())).toList();
  }

  /** The page opens for the user, and the entry is not meant only for others. */
  private boolean visible(NavigationItem item) {
    return access.allows(item.outcome() + ".xhtml", currentUser.roles())
        && (item.onlyFor().isEmpty() || item.onlyFor().stream().anyMatch(currentUser::hasRole));
  }

  public List<Section> getSections() {
    return sections;
  }
}
