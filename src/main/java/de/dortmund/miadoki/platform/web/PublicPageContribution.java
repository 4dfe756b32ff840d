package de.dortmund.miadoki.platform.web;

import java.util.List;

/**
 * Each module lists the pages that need no login (a certificate check, a public form) by providing
 * a bean of this type; the login page links them.
 */
public interface PublicPageContribution {

  /** A link: the message key of its text and the view it opens. */
  record Link(String labelKey, String outcome) {}

  List<Link> links();
}
