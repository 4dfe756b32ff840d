package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.web.BarCharts;
import de.dortmund.miadoki.platform.web.Messages;
import de.dortmund.miadoki.training.application.TrainingStatistics;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.omnifaces.cdi.ViewScoped;

/**
 * The training statistics: a year's figures per department (with the headcount the manager keeps)
 * and per course, and the progress of the intercultural opening over the years as a chart with the
 * numbers beside it.
 */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int YEARS_BACK = 9;

  @Inject TrainingStatistics statistics;
  @Inject Clock clock;

  private int year;
  private List<TrainingStatistics.DepartmentYear> departments;
  private List<TrainingStatistics.CourseYear> courses;
  private List<TrainingStatistics.Progress> progress;
  private String progressChart;
  private final Map<Long, Integer> headcounts = new HashMap<>();

  public void load() {
    if (year == 0) {
      year = Year.now(clock).getValue();
    }
    show();
  }

  public void show() {
    departments = statistics.byDepartment(year);
    courses = statistics.byCourse(year);
    int now = Year.now(clock).getValue();
    progress = statistics.progress(now - YEARS_BACK, now);
    headcounts.clear();
    departments.forEach(d -> headcounts.put(d.departmentId(), d.headcount()));
    progressChart =
        BarCharts.chart(
            progress.stream().map(p -> String.valueOf(p.year())).toList(),
            BarCharts.dataset(
                Messages.text("statistics.trained"),
                progress.stream().map(p -> (Number) p.trained()).toList(),
                "#0b4f8a"));
  }

  public void saveHeadcount(TrainingStatistics.DepartmentYear row) {
    Integer headcount = headcounts.get(row.departmentId());
    if (headcount == null) {
      Messages.error(null, "statistics.headcount.missing", row.department());
      return;
    }
    statistics.setHeadcount(row.departmentId(), year, headcount);
    show();
    Messages.info("statistics.headcount.saved", row.department());
  }

  public List<Integer> getYears() {
    int now = Year.now(clock).getValue();
    return IntStream.rangeClosed(now - YEARS_BACK, now + 1)
        .boxed()
        .sorted((a, b) -> b - a)
        .toList();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public List<TrainingStatistics.DepartmentYear> getDepartments() {
    return departments;
  }

  public List<TrainingStatistics.CourseYear> getCourses() {
    return courses;
  }

  public List<TrainingStatistics.Progress> getProgress() {
    return progress;
  }

  public String getProgressChart() {
    return progressChart;
  }

  public Map<Long, Integer> getHeadcounts() {
    return headcounts;
  }
}
