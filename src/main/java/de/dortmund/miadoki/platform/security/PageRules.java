package de.dortmund.miadoki.platform.security;

import java.util.List;

/**
 * Each module declares who opens its pages, downloads and endpoints by providing a bean of this
 * type: the one declaration of page access. {@link PageGuard} enforces it for every request, the
 * menu shows only what it allows, and the servers' login constraint in web.xml lists exactly its
 * public paths (PageAccessDeclarationTest).
 */
public interface PageRules {
  List<PageRule> pages();
}
