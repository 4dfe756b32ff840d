package de.dortmund.miadoki.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.platform.persistence.Page;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A written-out session carries a table's source and counts, not the rows of its shown page. */
class PagedModelTest {

  /** 1,000 names; a page of them is what a table shows. */
  private static final List<String> NAMES =
      IntStream.range(0, 1000)
          .mapToObj(i -> "Nguyễn Thị Hoa, Şahin Yıldız, Олена Коваленко " + i)
          .toList();

  private static Page<String> names(PageRequest page) {
    int end = Math.min(NAMES.size(), page.first() + page.size());
    List<String> rows =
        page.wanted() == PageRequest.Wanted.TOTAL
            ? List.of()
            : new ArrayList<>(NAMES.subList(page.first(), end));
    long total = page.wanted() == PageRequest.Wanted.ROWS ? Page.UNCOUNTED : NAMES.size();
    return new Page<>(rows, total);
  }

  /** What the table asks when it renders: the count, then the shown page, each once. */
  @Test
  void aTableCountsOnceAndLoadsTheRowsWithoutCountingAgain() {
    List<PageRequest.Wanted> asked = new ArrayList<>();
    PagedModel<String> model =
        new PagedModel<>(
            page -> {
              asked.add(page.wanted());
              return names(page);
            });

    model.setRowCount(model.count(Map.of()));
    List<String> shown = model.load(50, 25, Map.of(), Map.of());

    assertThat(asked).containsExactly(PageRequest.Wanted.TOTAL, PageRequest.Wanted.ROWS);
    assertThat(model.getRowCount()).isEqualTo(1000);
    assertThat(shown).hasSize(25).first().isEqualTo(NAMES.get(50));
  }

  @Test
  void theShownPageIsNotWrittenOutAndLoadsAgain() throws Exception {
    PagedModel<String> model = new PagedModel<>(PagedModelTest::names);
    model.setPageSize(25);
    model.setRowCount(model.count(Map.of()));
    model.setWrappedData(model.load(0, 25, Map.of(), Map.of()));
    assertThat(model.getWrappedData()).hasSize(25);
    int empty = serialized(new PagedModel<>(PagedModelTest::names)).length;

    byte[] written = serialized(model);

    // the 25 rows (about 2 KB) stay behind
    assertThat(written.length).isLessThan(empty + 100);
    @SuppressWarnings("unchecked")
    PagedModel<String> read =
        (PagedModel<String>) new ObjectInputStream(new ByteArrayInputStream(written)).readObject();
    assertThat(read.getRowCount()).isEqualTo(1000);
    assertThat(read.getPageSize()).isEqualTo(25);
    assertThat(read.getWrappedData()).isNull();
    assertThat(read.load(25, 25, Map.of(), Map.of())).first().isEqualTo(NAMES.get(25));
  }

  private static byte[] serialized(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }
}
