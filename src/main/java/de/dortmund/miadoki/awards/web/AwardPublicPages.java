package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.platform.web.PublicPageContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The awards' page without login: the public call for nominations. */
@ApplicationScoped
public class AwardPublicPages implements PublicPageContribution {

  @Override
  public List<Link> links() {
    return List.of(new Link("nominate.link", "/nominate"));
  }
}
