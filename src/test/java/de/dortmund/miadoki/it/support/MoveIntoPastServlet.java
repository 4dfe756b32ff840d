package de.dortmund.miadoki.it.support;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.LocalDateTime;

/**
 * For browser tests only: moves the request with {@code ?client=} and its assignment to {@code
 * ?start=} (ISO local date-time), e.g. into the past where no request can be booked, so that the
 * close-out can be driven through the screens.
 */
@WebServlet("/it-move-into-past")
public class MoveIntoPastServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @PersistenceContext transient EntityManager em;
  @Resource transient UserTransaction tx;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String client = request.getParameter("client");
    LocalDateTime start = LocalDateTime.parse(request.getParameter("start"));
    try {
      tx.begin();
      Object[] times =
          em.createQuery(
                  "select r.id, r.startsAt, r.endsAt from InterpreterRequest r"
                      + " where r.clientReference = :client",
                  Object[].class)
              .setParameter("client", client)
              .getSingleResult();
      long id = (Long) times[0];
      LocalDateTime end =
          start.plus(
              java.time.Duration.between((LocalDateTime) times[1], (LocalDateTime) times[2]));
      em.createNativeQuery(
              "delete from assignment_slot where assignment_id in"
                  + " (select id from assignment where request_id = ?1)")
          .setParameter(1, id)
          .executeUpdate();
      em.createQuery(
              "update InterpreterRequest r set r.startsAt = :s, r.endsAt = :e where r.id = :id")
          .setParameter("s", start)
          .setParameter("e", end)
          .setParameter("id", id)
          .executeUpdate();
      em.createQuery(
              "update Assignment a set a.startsAt = :s, a.endsAt = :e where a.request.id = :id")
          .setParameter("s", start)
          .setParameter("e", end)
          .setParameter("id", id)
          .executeUpdate();
      tx.commit();
      em.getEntityManagerFactory().getCache().evictAll();
    } catch (Exception e) {
      throw new IOException("Not moved: " + client, e);
    }
    response.setContentType("text/plain");
    response.getWriter().write("moved");
  }
}
