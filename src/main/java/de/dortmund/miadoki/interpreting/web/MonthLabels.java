package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.platform.web.LocaleSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.TextStyle;

/** Months as the screens show them: "November 2026" / "November 2026", in the view's language. */
@Named("months")
@RequestScoped
public class MonthLabels {

  @Inject LocaleSelector localeSelector;

  public String label(YearMonth value) {
    return value.getMonth().getDisplayName(TextStyle.FULL, localeSelector.getLocale())
        + " "
        + value.getYear();
  }
}
