package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.PoolReports;
import de.dortmund.miadoki.interpreting.application.PoolReports.Dimension;
import de.dortmund.miadoki.interpreting.domain.PoolFigures;
import de.dortmund.miadoki.platform.web.BarCharts;
import de.dortmund.miadoki.platform.web.LocaleSelector;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/** The pool's report page: figures by a chosen dimension with charts, and the unmet demand. */
@Named
@ViewScoped
public class PoolReportsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PoolReports reports;
  @Inject LocaleSelector localeSelector;
  @Inject Clock clock;
  @Inject MonthLabels months;

  private YearMonth from;
  private YearMonth to;
  private Dimension by = Dimension.MONTH;
  private List<PoolFigures> rows = List.of();
  private Map<String, Long> unfilled = Map.of();
  private String requestsChart;
  private String unfilledChart;

  public void load() {
    if (from == null) {
      to = YearMonth.now(clock);
      from = YearMonth.of(to.getYear(), 1);
    }
    show();
  }

  public void show() {
    if (to.isBefore(from)) {
      Messages.error("report:to", "reports.toBeforeFrom");
      return;
    }
    String lang = localeSelector.getLanguage();
    rows = reports.figures(from, to, by, lang);
    unfilled = reports.unfilledByLanguage(from, to, lang);
    List<String> labels = rows.stream().map(this::groupLabel).toList();
    requestsChart =
        BarCharts.chart(
            labels,
            BarCharts.dataset(
                Messages.text("reports.requests"),
                rows.stream().map(r -> (Number) r.requests()).toList(),
                "#9db7d5"),
            BarCharts.dataset(
                Messages.text("reports.filled"),
                rows.stream().map(r -> (Number) r.filled()).toList(),
                "#0b4f8a"));
    unfilledChart =
        BarCharts.chart(
            new ArrayList<>(unfilled.keySet()),
            BarCharts.dataset(
                Messages.text("reports.unfilled"),
                unfilled.values().stream().map(v -> (Number) v).toList(),
                "#b4442c"));
  }

  /** The group as the screen shows it: months by name, everything else as it is. */
  public String groupLabel(PoolFigures row) {
    return by == Dimension.MONTH ? months.label(YearMonth.parse(row.group())) : row.group();
  }

  public Dimension[] getDimensions() {
    return Dimension.values();
  }

  public YearMonth getFrom() {
    return from;
  }

  public void setFrom(YearMonth from) {
    this.from = from;
  }

  public YearMonth getTo() {
    return to;
  }

  public void setTo(YearMonth to) {
    this.to = to;
  }

  public Dimension getBy() {
    return by;
  }

  public void setBy(Dimension by) {
    this.by = by;
  }

  public List<PoolFigures> getRows() {
    return rows;
  }

  public List<Map.Entry<String, Long>> getUnfilled() {
    return new ArrayList<>(unfilled.entrySet());
  }

  public String getRequestsChart() {
    return requestsChart;
  }

  public String getUnfilledChart() {
    return unfilledChart;
  }

  /** The last four years' months, newest first. */
  public List<YearMonth> getMonths() {
    List<YearMonth> months = new ArrayList<>();
    YearMonth current = YearMonth.now(clock).plusMonths(3);
    for (int i = 0; i < 51; i++) {
      months.add(current.minusMonths(i));
    }
    return months;
  }
}
