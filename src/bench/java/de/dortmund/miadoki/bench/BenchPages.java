package de.dortmund.miadoki.bench;

import static de.dortmund.miadoki.platform.security.PageRule.signedIn;

import de.dortmund.miadoki.platform.security.PageRule;
import de.dortmund.miadoki.platform.security.PageRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The benchmark's additions to its copy of the WAR, behind the same login as the portal. */
@ApplicationScoped
public class BenchPages implements PageRules {

  @Override
  public List<PageRule> pages() {
    return List.of(signedIn("/bench/floor.xhtml"), signedIn("/bench-probe/*"));
  }
}
