package de.dortmund.miadoki.interpreting.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a monthly statement, before it is issued. An assignment never paid before gets a
 * line with its amount; one that was paid in an earlier statement and whose amount has changed
 * since (a corrected report) gets a correction line with the difference. Issued statements are
 * never changed.
 */
public final class StatementDraft {

  public static final String CORRECTION = "compensation.correction";

  private StatementDraft() {}

  /** One assignment as the month sees it; {@code alreadyPaid} is null if it was never paid. */
  public record Source(
      long assignmentId,
      LocalDateTime start,
      String description,
      Compensation.Pay pay,
      BigDecimal alreadyPaid) {}

  public record Line(
      long assignmentId,
      LocalDateTime start,
      String description,
      String ruleKey,
      long minutes,
      BigDecimal timeAmount,
      BigDecimal travelAmount,
      BigDecimal amount,
      boolean correction) {}

  public static List<Line> lines(List<Source> sources) {
    List<Line> lines = new ArrayList<>();
    for (Source s : sources) {
      Compensation.Pay pay = s.pay();
      if (s.alreadyPaid() == null) {
        lines.add(
            new Line(
                s.assignmentId(),
                s.start(),
                s.description(),
                pay.ruleKey(),
                pay.minutes(),
                pay.timeAmount(),
                pay.travelAmount(),
                pay.total(),
                false));
      } else if (pay.total().compareTo(s.alreadyPaid()) != 0) {
        BigDecimal difference = pay.total().subtract(s.alreadyPaid());
        lines.add(
            new Line(
                s.assignmentId(),
                s.start(),
                s.description(),
                CORRECTION,
                pay.minutes(),
                pay.timeAmount(),
                pay.travelAmount(),
                difference,
                true));
      }
    }
    return lines;
  }

  public static BigDecimal total(List<Line> lines) {
    return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
