package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.web.PublicPageContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The trainings' page without login: the check of a certificate's code. */
@ApplicationScoped
public class TrainingPublicPages implements PublicPageContribution {

  @Override
  public List<Link> links() {
    return List.of(new Link("verify.link", "/verify"));
  }
}
