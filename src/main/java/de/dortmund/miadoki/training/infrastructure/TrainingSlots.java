package de.dortmund.miadoki.training.infrastructure;

import de.dortmund.miadoki.platform.persistence.TimeBlocks;
import de.dortmund.miadoki.training.domain.SessionPart;
import de.dortmund.miadoki.training.domain.Trainer;
import de.dortmund.miadoki.training.domain.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the table {@code training_slot} in step with the sessions that are not cancelled: each part
 * occupies its five-minute blocks of its room and of each of its trainers, and the table's primary
 * key (resource, block) makes the database refuse a room or a trainer in two overlapping parts.
 */
@ApplicationScoped
public class TrainingSlots {

  @PersistenceContext EntityManager em;

  /** Claims the blocks of every part; fails with a unique violation if one is taken. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void occupy(TrainingSession session) {
    List<String> resources = new ArrayList<>();
    if (session.getRoom() != null) {
      resources.add(session.getRoom().slotResource());
    }
    session.getTrainers().stream().map(Trainer::slotResource).forEach(resources::add);
    for (SessionPart part : session.getParts()) {
      List<LocalDateTime> blocks = TimeBlocks.of(part.getStartsAt(), part.getEndsAt());
      for (String resource : resources) {
        insert(resource, part.getId(), blocks);
      }
    }
  }

  /** Frees every block of the session (before a new plan is claimed, or when it is cancelled). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void free(TrainingSession session) {
    em.createNativeQuery(
            "delete from training_slot where part_id in"
                + " (select id from training_session_part where session_id = ?1)")
        .setParameter(1, session.getId())
        .executeUpdate();
  }

  private void insert(String resource, long partId, List<LocalDateTime> blocks) {
    StringBuilder sql =
        new StringBuilder("insert into training_slot (resource, slot_start, part_id) values ");
    for (int i = 0; i < blocks.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(i + 3).append(", ?2)");
    }
    Query insert = em.createNativeQuery(sql.toString());
    insert.setParameter(1, resource);
    insert.setParameter(2, partId);
    for (int i = 0; i < blocks.size(); i++) {
      insert.setParameter(i + 3, blocks.get(i));
    }
    insert.executeUpdate();
  }
}
