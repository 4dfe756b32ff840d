package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.privacy.Retention;
import de.dortmund.miadoki.platform.privacy.RetentionRunRecord;
import de.dortmund.miadoki.platform.privacy.RetentionSetting;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * ADMIN's retention page: every kind of record with its period, a form for the chosen kind, the
 * last nights' deletions and "delete now".
 */
@Named
@ViewScoped
public class RetentionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Retention retention;

  private List<RetentionSetting> settings;
  private List<RetentionRunRecord> runs;
  private RetentionSetting selected;
  private Integer months;

  public void load() {
    settings = retention.settings();
    runs = retention.recentRuns(14);
  }

  public void edit(RetentionSetting setting) {
    selected = setting;
    months = setting.months();
  }

  public void cancel() {
    selected = null;
    months = null;
  }

  public void save() {
    retention.change(selected.getKey(), months, selected.version());
    Messages.info("retention.saved");
    cancel();
    load();
  }

  public void runNow() {
    if (retention.runNow()) {
      Messages.info("retention.ran");
    } else {
      Messages.warn("retention.ranAlready");
    }
    load();
  }

  /** A run's result as "kind: count" per kind; a failed kind says so. */
  public String summary(RetentionRunRecord run) {
    if (run.summary() == null || run.summary().isBlank()) {
      return Messages.text("retention.nothing");
    }
    StringBuilder text = new StringBuilder();
    for (String part : run.summary().split(", ")) {
      String[] kv = part.split("=", 2);
      text.append(text.length() == 0 ? "" : " · ")
          .append(Messages.text(RetentionSetting.nameKey(kv[0])))
          .append(": ")
          .append(
              kv.length > 1 && kv[1].startsWith("-") ? Messages.text("retention.failed") : kv[1]);
    }
    return text.toString();
  }

  public List<RetentionSetting> getSettings() {
    return settings;
  }

  public List<RetentionRunRecord> getRuns() {
    return runs;
  }

  public RetentionSetting getSelected() {
    return selected;
  }

  /** The field's label with the chosen kind's range. */
  public String getMonthsLabel() {
    return Messages.text(
        "retention.monthsLabel", selected.rule().minMonths(), selected.rule().maxMonths());
  }

  public Integer getMonths() {
    return months;
  }

  public void setMonths(Integer months) {
    this.months = months;
  }
}
