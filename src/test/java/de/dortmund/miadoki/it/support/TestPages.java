package de.dortmund.miadoki.it.support;

import de.dortmund.miadoki.platform.security.PageRule;
import de.dortmund.miadoki.platform.security.PageRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The test deployment's helpers, reachable without a login (see {@link Deployments#forTests}). */
@ApplicationScoped
public class TestPages implements PageRules {

  /** What the test deployment adds, open without a login (also in its web.xml). */
  static final List<String> PATHS =
      List.of(
          "/ArquillianServletRunnerEE9",
          FixtureServlet.PATH + "/*",
          "/it-failure",
          "/it-failure-page.xhtml");

  @Override
  public List<PageRule> pages() {
    return PATHS.stream().map(PageRule::open).toList();
  }
}
