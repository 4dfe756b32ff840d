package de.dortmund.miadoki.bench;

import de.dortmund.miadoki.interpreting.application.Matching;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Collections;

/**
 * Measurements from inside the server, only in the benchmark's copy of the WAR and behind the
 * same login: {@code /bench-probe/session} (serialized size of the caller's session), {@code
 * /bench-probe/heap} (used heap after a collection), {@code /bench-probe/ranking?request=&runs=} (time of the
 * candidate ranking for one request, p50/p95 in ms).
 */
@WebServlet("/bench-probe/*")
public class BenchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Matching matching;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    String what = request.getPathInfo() == null ? "" : request.getPathInfo();
    switch (what) {
      case "/session" -> {
        try {
          response.getWriter().print(sessionBytes(request.getSession(false)));
        } catch (java.io.NotSerializableException e) {
          response.getWriter().print("-1 " + e.getMessage());
        }
      }
      case "/session-detail" -> sessionDetail(request.getSession(false), response.getWriter());
      case "/heap" -> {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        response.getWriter().print(runtime.totalMemory() - runtime.freeMemory());
      }
      case "/ranking" -> {
        long id = Long.parseLong(request.getParameter("request"));
        int runs = Integer.parseInt(request.getParameter("runs"));
        for (int i = 0; i < 10; i++) {
          matching.candidates(id);
        }
        double[] millis = new double[runs];
        int found = 0;
        for (int i = 0; i < runs; i++) {
          long start = System.nanoTime();
          found = matching.candidates(id).size();
          millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        response
            .getWriter()
            .printf(
                java.util.Locale.ROOT,
                "%.2f %.2f %d",
                millis[runs / 2],
                millis[(int) Math.ceil(runs * 0.95) - 1],
                found);
      }
      default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  /** The serialized size of each session attribute, and of the entries of those that are maps. */
  private static void sessionDetail(HttpSession session, java.io.PrintWriter out) {
    if (session == null) {
      return;
    }
    for (String name : Collections.list(session.getAttributeNames())) {
      Object value = session.getAttribute(name);
      long size = size(value);
      out.printf("%8d %s%s%n", size, name, size < 0 ? " (not serializable: " + why(value) + ")" : "");
      inside(value, out, "  ", 0);
    }
  }

  /** The sizes of what maps inside a value hold (a few levels down), e.g. view-scoped beans. */
  private static void inside(Object value, java.io.PrintWriter out, String indent, int depth) {
    if (value == null || depth > 8) {
      return;
    }
    if (value instanceof java.util.Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            out.printf("%8d %s%s -> %s%n", size(v), indent, k, v == null ? "" : v.getClass().getName());
            inside(v, out, indent + "  ", depth + 1);
          });
      return;
    }
    if (value.getClass().getName().startsWith("de.dortmund.")) {
      List<java.lang.reflect.Field> fields = new java.util.ArrayList<>();
      for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
        fields.addAll(List.of(type.getDeclaredFields()));
      }
      for (java.lang.reflect.Field field : fields) {
        if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        try {
          field.setAccessible(true);
          long bytes = size(field.get(value));
          if (bytes > 500) {
            out.printf("%8d %s.%s%n", bytes, indent, field.getName());
          }
        } catch (RuntimeException | IllegalAccessException e) {
          // not reachable: skipped
        }
      }
      return;
    }
    for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (java.lang.reflect.Field field : type.getDeclaredFields()) {
        if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        try {
          field.setAccessible(true);
          Object held = field.get(value);
          if (held instanceof java.util.Map<?, ?> || (held != null && held.getClass().getName().contains("omnifaces"))
              || (held != null && field.getName().equals("instance"))) {
            inside(held, out, indent, depth + 1);
          }
        } catch (RuntimeException | IllegalAccessException e) {
          // not reachable: skipped
        }
      }
    }
  }

  private static String why(Object value) {
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(value);
      return "";
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static long size(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      return -1;
    }
    return bytes.size();
  }

  /** What the session would take when written out: every attribute, serialized. */
  private static long sessionBytes(HttpSession session) throws IOException {
    if (session == null) {
      return 0;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      for (String name : Collections.list(session.getAttributeNames())) {
        Object value = session.getAttribute(name);
        // an attribute that cannot be written out is a defect (no passivation, no replication)
        out.writeObject(value);
      }
    }
    return bytes.size();
  }
}
