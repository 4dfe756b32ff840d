package de.dortmund.miadoki.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a filtered, sorted list with its total, in two queries (count and rows), or only one
 * of them as the request asks: the pattern every server-side paged list uses.
 */
public final class CriteriaPages {

  /** Builds the filter for a root; the same filter is used for the count and the rows. */
  @FunctionalInterface
  public interface Filter<T> {
    /** The conditions on {@code root}; {@code query} is there for subqueries. */
    List<Predicate> where(CriteriaBuilder cb, AbstractQuery<?> query, Root<T> root);
  }

  /** Builds the sort order for a root. */
  @FunctionalInterface
  public interface Sorting<T> {
    List<Order> orderBy(CriteriaBuilder cb, Root<T> root);
  }

  private CriteriaPages() {}

  public static <T> Page<T> page(
      EntityManager em, Class<T> type, Filter<T> filter, Sorting<T> sorting, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();

    long total = Page.UNCOUNTED;
    if (page.wanted() != PageRequest.Wanted.ROWS) {
      CriteriaQuery<Long> count = cb.createQuery(Long.class);
      Root<T> countRoot = count.from(type);
      count
          .select(cb.count(countRoot))
          .where(filter.where(cb, count, countRoot).toArray(Predicate[]::new));
      total = em.createQuery(count).getSingleResult();
    }
    if (page.wanted() == PageRequest.Wanted.TOTAL) {
      return new Page<>(List.of(), total);
    }

    CriteriaQuery<T> query = cb.createQuery(type);
    Root<T> root = query.from(type);
    List<Order> order = new ArrayList<>(sorting.orderBy(cb, root));
    order.add(cb.asc(root.get("id")));
    query
        .select(root)
        .where(filter.where(cb, query, root).toArray(Predicate[]::new))
        .orderBy(order);
    List<T> rows =
        em.createQuery(query)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(rows, total);
  }

  /** The order on a whitelisted sort field, or on the default field. */
  public static <T> List<Order> sortBy(
      CriteriaBuilder cb,
      Root<T> root,
      PageRequest page,
      java.util.Set<String> allowed,
      String defaultField,
      boolean defaultAscending) {
    boolean requested = page.sortField() != null && allowed.contains(page.sortField());
    String field = requested ? page.sortField() : defaultField;
    boolean ascending = requested ? page.ascending() : defaultAscending;
    return List.of(ascending ? cb.asc(root.get(field)) : cb.desc(root.get(field)));
  }
}
