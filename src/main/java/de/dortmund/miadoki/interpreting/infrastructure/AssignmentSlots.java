package de.dortmund.miadoki.interpreting.infrastructure;

import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.platform.persistence.TimeBlocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Keeps the table {@code assignment_slot} in step with the active assignments: each occupies its
 * five-minute blocks, and the table's primary key (interpreter, block) makes the database itself
 * refuse a second booking of one interpreter at the same time, on H2 as on PostgreSQL.
 */
@ApplicationScoped
public class AssignmentSlots {

  @PersistenceContext EntityManager em;

  /** Claims the assignment's blocks; fails with a unique violation if one is taken. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void occupy(Assignment assignment) {
    List<LocalDateTime> blocks = blocks(assignment.getStartsAt(), assignment.getEndsAt());
    StringBuilder sql =
        new StringBuilder(
            "insert into assignment_slot (interpreter_id, slot_start, assignment_id) values ");
    for (int i = 0; i < blocks.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(i + 3).append(", ?2)");
    }
    Query insert = em.createNativeQuery(sql.toString());
    insert.setParameter(1, assignment.getInterpreter().getId());
    insert.setParameter(2, assignment.getId());
    for (int i = 0; i < blocks.size(); i++) {
      insert.setParameter(i + 3, blocks.get(i));
    }
    insert.executeUpdate();
  }

  /** Frees the blocks of an assignment that ended. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void free(Assignment assignment) {
    em.createNativeQuery("delete from assignment_slot where assignment_id = ?1")
        .setParameter(1, assignment.getId())
        .executeUpdate();
  }

  static List<LocalDateTime> blocks(LocalDateTime start, LocalDateTime end) {
    return TimeBlocks.of(start, end);
  }
}
