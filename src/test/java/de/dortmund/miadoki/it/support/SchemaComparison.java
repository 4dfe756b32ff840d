package de.dortmund.miadoki.it.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.DirectMapMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * The tables and columns the JPA model maps, as EclipseLink reads the mapping, and those the
 * database has: the schema test compares them for the EclipseLink of the test class path and, in
 * the server, for the one that runs there.
 */
public final class SchemaComparison {

  private SchemaComparison() {}

  /** Table name to column names, as the provider's session maps them. */
  public static Map<String, Set<String>> mappedColumns(Session session) {
    Map<String, Set<String>> columns = new TreeMap<>();
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      if (descriptor.isAggregateDescriptor()) {
        continue;
      }
      for (DatabaseField field : descriptor.getFields()) {
        add(columns, field);
      }
      for (DatabaseMapping mapping : descriptor.getMappings()) {
        if (mapping instanceof DirectCollectionMapping collection) {
          add(columns, collection.getDirectField());
          collection.getReferenceKeyFields().forEach(f -> add(columns, f));
          if (collection instanceof DirectMapMapping map) {
            // the map's key column (an element collection of a Map)
            map.getContainerPolicy().getIdentityFieldsForMapKey().forEach(f -> add(columns, f));
          }
        }
      }
    }
    return columns;
  }

  /** The columns the database has for each of the tables, in the connection's schema. */
  public static Map<String, Set<String>> actualColumns(DataSource dataSource, Set<String> tables)
      throws SQLException {
    Map<String, Set<String>> actual = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String schema = connection.getSchema();
      for (String table : tables) {
        Set<String> columns = new TreeSet<>();
        for (String candidate : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
          try (ResultSet rs = meta.getColumns(null, schema, candidate, null)) {
            while (rs.next()) {
              columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
          }
        }
        actual.put(table, columns);
      }
    }
    return actual;
  }

  private static void add(Map<String, Set<String>> columns, DatabaseField field) {
    columns
        .computeIfAbsent(field.getTableName().toLowerCase(Locale.ROOT), t -> new TreeSet<>())
        .add(field.getName().toLowerCase(Locale.ROOT));
  }
}
