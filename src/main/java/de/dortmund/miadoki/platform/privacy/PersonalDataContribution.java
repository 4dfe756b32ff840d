package de.dortmund.miadoki.platform.privacy;

import java.util.List;

/**
 * What a module holds about a person, for the export of Art. 15 GDPR: one section per kind of
 * record, each a query whose {@code ?} stand for the person's values ({@link Section#params}).
 * Modules name their own tables; the platform runs the queries and writes the file.
 */
public interface PersonalDataContribution {

  List<Section> sections();

  /** The values a section's query is given, in the order of its {@code ?}. */
  enum Param {
    USERNAME,
    EMAIL,
    DISPLAY_NAME
  }

  /** One kind of record: a name for the file, the query and the values for its parameters. */
  record Section(String name, String sql, List<Param> params) {

    public static Section of(String name, String sql, Param... params) {
      return new Section(name, sql, List.of(params));
    }
  }
}
