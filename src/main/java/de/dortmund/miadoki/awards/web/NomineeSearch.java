package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.awards.application.Nominations;
import de.dortmund.miadoki.awards.domain.Nomination;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * On a nominee's request (Art. 15 GDPR) the award manager finds every nomination about them, by
 * name or e-mail address, and downloads them; every search that finds something is audited.
 */
@Named
@ViewScoped
public class NomineeSearch implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Nominations nominations;

  private String query;
  private List<Nomination> found;

  public void search() {
    found = nominations.aboutNominee(query);
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getEncodedQuery() {
    return URLEncoder.encode(query == null ? "" : query, StandardCharsets.UTF_8);
  }

  public List<Nomination> getFound() {
    return found;
  }
}
