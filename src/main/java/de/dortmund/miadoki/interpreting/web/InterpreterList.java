package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.application.MasterData;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterStatus;
import de.dortmund.miadoki.interpreting.domain.Language;
import de.dortmund.miadoki.interpreting.domain.LanguageSkill;
import de.dortmund.miadoki.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;

/** The coordinator's list of the pool, paged and searchable on the server. */
@Named
@ViewScoped
public class InterpreterList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InterpreterDirectory directory;
  @Inject MasterData masterData;
  @Inject java.time.Clock clock;

  private String search;
  private InterpreterStatus status;
  private PagedModel<Interpreter> model;
  // master data: shared by every session, read again after the session was written out (to the
  // other server) rather than carried in it
  private transient Map<Long, Language> languages;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> directory.search(search, status, page));
  }

  /** The interpreter's languages as one line, in the view's language. */
  public String languagesOf(Interpreter interpreter) {
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    if (languages == null) {
      languages =
          masterData.languages().stream()
              .collect(Collectors.toMap(Language::getId, Function.identity()));
    }
    return interpreter.getLanguages().stream()
        .map(LanguageSkill::getLanguageId)
        .distinct()
        .map(languages::get)
        .map(l -> l.name(locale))
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public java.time.LocalDate getToday() {
    return java.time.LocalDate.now(clock);
  }

  public InterpreterStatus[] getStatuses() {
    return InterpreterStatus.values();
  }

  public PagedModel<Interpreter> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public InterpreterStatus getStatus() {
    return status;
  }

  public void setStatus(InterpreterStatus status) {
    this.status = status;
  }
}
