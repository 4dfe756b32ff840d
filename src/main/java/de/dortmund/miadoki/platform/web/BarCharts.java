package de.dortmund.miadoki.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Bar charts for the reports' {@code p:chart}, as Chart.js configurations; the figures are always
 * also in a table beside the chart.
 */
public final class BarCharts {

  private BarCharts() {}

  /** One series of bars. */
  public static JsonObjectBuilder dataset(String label, List<Number> values, String color) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    values.forEach(v -> data.add(v.doubleValue()));
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", color)
        .add("borderColor", color)
        .add("borderWidth", 1);
  }

  /** A bar chart; "<" is escaped so that no label can end the page's script. */
  public static String chart(List<String> labels, JsonObjectBuilder... datasets) {
    JsonArrayBuilder sets = Json.createArrayBuilder();
    for (JsonObjectBuilder set : datasets) {
      sets.add(set);
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder(labels))
                .add("datasets", sets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString()
        .replace("<", "\\u003c");
  }
}
