package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.Page;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model over a service that pages on the server: only the shown page is
 * ever loaded. The screen keeps its filter fields itself and passes them in the page source. A
 * table asks for the count and then for the page: one count query and one row query, no more.
 */
public class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Serializable, so view-scoped beans holding a model can be passivated. */
  @FunctionalInterface
  public interface PageSource<T> extends Function<PageRequest, Page<T>>, Serializable {}

  private final PageSource<T> source;
  private transient List<T> current = List.of();

  public PagedModel(PageSource<T> source) {
    this.source = source;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) source.apply(PageRequest.total()).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    String sortField = null;
    boolean ascending = true;
    for (SortMeta sort : sortBy.values()) {
      if (sort.getOrder() != SortOrder.UNSORTED) {
        sortField = sort.getField();
        ascending = sort.getOrder() == SortOrder.ASCENDING;
        break;
      }
    }
    int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
    Page<T> page =
        source.apply(new PageRequest(first, size, sortField, ascending, PageRequest.Wanted.ROWS));
    if (page.total() != Page.UNCOUNTED) {
      setRowCount((int) page.total());
    }
    current = page.rows();
    return current;
  }

  /**
   * What a session keeps of the model when it is written out (to the other server, or measured):
   * the source and the counts, not the rows of the shown page, which the table loads again when it
   * is rendered (a page of 25 requests with their graphs is over 20 KB per view).
   */
  @java.io.Serial
  private Object writeReplace() {
    PagedModel<T> kept = new PagedModel<>(source);
    kept.setRowCount(getRowCount());
    kept.setPageSize(getPageSize());
    return kept;
  }

  @Override
  public String getRowKey(T row) {
    if (row instanceof BaseEntity entity) {
      return String.valueOf(entity.getId());
    }
    return String.valueOf(row.hashCode());
  }

  @Override
  public T getRowData(String rowKey) {
    if (current == null) {
      return null;
    }
    return current.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }
}
