package de.dortmund.miadoki.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.platform.operations.Installation;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Upgrades from every earlier schema version: an empty database is migrated to that version
 * (Flyway's target), every table then present gets rows generated from its columns as the database
 * describes them (types, lengths, keys, references), and the database is migrated to the current
 * version. Afterwards every generated row is still there and every column it had still holds the
 * same value. Runs on H2 always and on PostgreSQL when the build names one (-Ddb=postgres).
 */
class UpgradeTest {

  private static final Pattern VERSION = Pattern.compile("/V(\\d+(?:_\\d+)*)__[^/]*\\.sql$");
  private static final int ROWS = 2;

  @Test
  void fromEveryEarlierVersionOnH2() throws SQLException {
    for (String version : earlierVersions("h2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      upgradeFrom(h2, version);
      try (Connection c = h2.getConnection();
          Statement s = c.createStatement()) {
        s.execute("shutdown");
      }
    }
  }

  @Test
  void fromEveryEarlierVersionOnPostgreSql() throws SQLException {
    TestPostgres.assumeAvailable();
    for (String version : earlierVersions("postgresql")) {
      TestPostgres.inFreshSchema("upgrade_", pg -> upgradeFrom(pg, version));
    }
  }

  /** Every schema version before the current one, in order. */
  static List<String> earlierVersions(String vendor) {
    List<String> versions = new ArrayList<>();
    for (String path : ClasspathMigrations.readIndex(UpgradeTest.class.getClassLoader())) {
      Matcher m = VERSION.matcher("/" + path);
      if (ClasspathMigrations.forDatabase(path, vendor) && m.find()) {
        versions.add(m.group(1).replace('_', '.'));
      }
    }
    versions.sort(Installation::compareVersions);
    assertThat(versions).hasSizeGreaterThan(20);
    return versions.subList(0, versions.size() - 1);
  }

  private void upgradeFrom(DataSource dataSource, String version) throws SQLException {
    DatabaseMigration.migrate(dataSource, version);
    Map<String, Map<String, Map<String, String>>> before;
    try (Connection c = dataSource.getConnection()) {
      before = new Filler(c).fill();
    }
    assertThat(before).as("tables at version %s", version).isNotEmpty();

    DatabaseMigration.migrate(dataSource);

    try (Connection c = dataSource.getConnection()) {
      Set<String> tables = tables(c);
      for (Map.Entry<String, Map<String, Map<String, String>>> table : before.entrySet()) {
        if (!tables.contains(table.getKey())) {
          continue; // dropped on purpose by a later migration
        }
        Set<String> columns = columns(c, table.getKey());
        for (Map.Entry<String, Map<String, String>> row : table.getValue().entrySet()) {
          Map<String, String> now = row(c, table.getKey(), row.getKey());
          assertThat(now)
              .as("row %s of %s, filled at version %s", row.getKey(), table.getKey(), version)
              .isNotNull();
          for (Map.Entry<String, String> value : row.getValue().entrySet()) {
            if (columns.contains(value.getKey())) {
              assertThat(now.get(value.getKey()))
                  .as(
                      "%s.%s of row %s, filled at version %s",
                      table.getKey(), value.getKey(), row.getKey(), version)
                  .isEqualTo(value.getValue());
            }
          }
        }
      }
    }
  }

  /** A row by its key ("col=value&col=value", as read back), every column as text; null if gone. */
  private static Map<String, String> row(Connection c, String table, String key)
      throws SQLException {
    List<String> names = new ArrayList<>();
    for (String part : key.split("&")) {
      names.add(part.split("=", 2)[0]);
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select * from " + table)) {
      while (rs.next()) {
        Map<String, String> row = text(rs);
        StringBuilder k = new StringBuilder();
        for (String name : names) {
          k.append(k.length() == 0 ? "" : "&").append(name).append('=').append(row.get(name));
        }
        if (k.toString().equals(key)) {
          return row;
        }
      }
    }
    return null;
  }

  private static Map<String, String> text(ResultSet rs) throws SQLException {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
      String name = rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT);
      Object value = rs.getObject(i);
      row.put(name, normalised(value));
    }
    return row;
  }

  /** The same value read twice gives the same text, whatever the driver's type. */
  private static String normalised(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      return java.util.HexFormat.of().formatHex(bytes);
    }
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }

  static Set<String> tables(Connection c) throws SQLException {
    Set<String> tables = new LinkedHashSet<>();
    try (ResultSet rs =
        c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!name.equals("flyway_schema_history")) {
          tables.add(name);
        }
      }
    }
    return tables;
  }

  static Set<String> columns(Connection c, String table) throws SQLException {
    Set<String> columns = new LinkedHashSet<>();
    try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), stored(c, table), "%")) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return columns;
  }

  /** The table's name as the database stores it (H2: upper case). */
  static String stored(Connection c, String name) throws SQLException {
    return c.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
  }

  /**
   * Rows for every table, made from what the database says about its columns: ids and numbers from
   * a counter (unique, small where they are plain integers), texts that fit the column, dates and
   * times that grow with the column's position (so that an end lies after its start), references to
   * rows the referenced table has (its own seed rows or generated ones).
   */
  private static final class Filler {

    private final Connection c;
    private final DatabaseMetaData meta;
    private long counter = 7_000_000;

    Filler(Connection c) throws SQLException {
      this.c = c;
      this.meta = c.getMetaData();
    }

    /** Table to generated rows (key to the columns as read back). */
    Map<String, Map<String, Map<String, String>>> fill() throws SQLException {
      Map<String, Map<String, Map<String, String>>> all = new LinkedHashMap<>();
      for (String table : inOrder()) {
        all.put(table, fill(table));
      }
      return all;
    }

    /** Tables so that every referenced one comes first. */
    private List<String> inOrder() throws SQLException {
      Set<String> tables = tables(c);
      Map<String, Set<String>> parents = new LinkedHashMap<>();
      for (String table : tables) {
        Set<String> p = new LinkedHashSet<>();
        for (Reference r : references(table).values()) {
          if (!r.table().equals(table)) {
            p.add(r.table());
          }
        }
        parents.put(table, p);
      }
      List<String> ordered = new ArrayList<>();
      while (ordered.size() < tables.size()) {
        int before = ordered.size();
        for (String table : tables) {
          if (!ordered.contains(table) && ordered.containsAll(parents.get(table))) {
            ordered.add(table);
          }
        }
        assertThat(ordered.size())
            .as("a cycle of references among %s", tables)
            .isGreaterThan(before);
      }
      return ordered;
    }

    private record Column(String name, int type, int size, boolean nullable, boolean defaulted) {}

    private record Reference(String table, String column) {}

    private Map<String, Map<String, String>> fill(String table) throws SQLException {
      List<Column> columns = new ArrayList<>();
      try (ResultSet rs = meta.getColumns(null, c.getSchema(), stored(c, table), "%")) {
        while (rs.next()) {
          columns.add(
              new Column(
                  rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                  rs.getInt("DATA_TYPE"),
                  rs.getInt("COLUMN_SIZE"),
                  rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                  rs.getString("COLUMN_DEF") != null));
        }
      }
      List<String> keys = new ArrayList<>();
      try (ResultSet rs = meta.getPrimaryKeys(null, c.getSchema(), stored(c, table))) {
        while (rs.next()) {
          keys.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
      Map<String, Reference> references = references(table);
      Map<String, Map<String, String>> rows = new LinkedHashMap<>();
      for (int row = 0; row < ROWS; row++) {
        List<Object> values = new ArrayList<>();
        StringBuilder names = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int position = 0; position < columns.size(); position++) {
          Column column = columns.get(position);
          Reference reference = references.get(column.name());
          Object value =
              reference != null
                  ? referenced(reference, row, column.nullable())
                  : value(column, row, position);
          names.append(names.length() == 0 ? "" : ", ").append(column.name());
          marks.append(marks.length() == 0 ? "?" : ", ?");
          values.add(value);
        }
        String sql = "insert into " + table + " (" + names + ") values (" + marks + ")";
        try (PreparedStatement s = c.prepareStatement(sql)) {
          for (int i = 0; i < values.size(); i++) {
            s.setObject(i + 1, values.get(i));
          }
          s.executeUpdate();
        } catch (SQLException e) {
          throw new AssertionError("Cannot fill " + table + " with " + values + ": " + e, e);
        }
        Map<String, String> readBack = readBack(table, keys, columns, values);
        if (readBack != null) {
          StringBuilder key = new StringBuilder();
          for (String k : keys) {
            key.append(key.length() == 0 ? "" : "&").append(k).append('=').append(readBack.get(k));
          }
          rows.put(key.toString(), readBack);
        }
      }
      return rows;
    }

    /** The row as the database holds it, found by its key; null for tables without a key. */
    private Map<String, String> readBack(
        String table, List<String> keys, List<Column> columns, List<Object> values)
        throws SQLException {
      if (keys.isEmpty()) {
        return null;
      }
      StringBuilder sql = new StringBuilder("select * from " + table + " where ");
      List<Object> keyValues = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        sql.append(i == 0 ? "" : " and ").append(keys.get(i)).append(" = ?");
        for (int p = 0; p < columns.size(); p++) {
          if (columns.get(p).name().equals(keys.get(i))) {
            keyValues.add(values.get(p));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < keyValues.size(); i++) {
          s.setObject(i + 1, keyValues.get(i));
        }
        try (ResultSet rs = s.executeQuery()) {
          assertThat(rs.next()).as("row just inserted into %s", table).isTrue();
          return text(rs);
        }
      }
    }

    private Map<String, Reference> references(String table) throws SQLException {
      Map<String, Reference> result = new LinkedHashMap<>();
      try (ResultSet rs = meta.getImportedKeys(null, c.getSchema(), stored(c, table))) {
        while (rs.next()) {
          result.put(
              rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
              new Reference(
                  rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                  rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
        }
      }
      return result;
    }

    /** A value the referenced table has, a different one per row where it has several. */
    private Object referenced(Reference reference, int row, boolean nullable) throws SQLException {
      List<Object> present = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select "
                      + reference.column()
                      + " from "
                      + reference.table()
                      + " order by "
                      + reference.column())) {
        while (rs.next()) {
          present.add(rs.getObject(1));
        }
      }
      if (present.isEmpty()) {
        assertThat(nullable).as("rows in %s to refer to", reference.table()).isTrue();
        return null;
      }
      return present.get(row % present.size());
    }

    private Object value(Column column, int row, int position) {
      long n = counter++;
      LocalDateTime start = LocalDateTime.of(2024, 1, 1, 8, 0).plusDays(10L * row);
      return switch (column.type()) {
        case Types.BIGINT -> n;
        // distances and durations grow with the column (bands: near before middle); other
        // numbers stay small (ratings, tiers, weights are checked for ranges)
        case Types.INTEGER, Types.SMALLINT, Types.TINYINT ->
            column.name().endsWith("_km") || column.name().endsWith("_minutes")
                ? 10 * (position + 1)
                : 1 + row;
        case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.REAL, Types.FLOAT ->
            BigDecimal.valueOf(1 + row);
        case Types.BOOLEAN, Types.BIT -> row % 2 == 0;
        case Types.DATE -> start.toLocalDate().plusDays(position);
        case Types.TIME -> LocalTime.of(8, 0).plusMinutes(position);
        case Types.TIMESTAMP -> start.plusMinutes(position);
        case Types.TIMESTAMP_WITH_TIMEZONE -> start.plusMinutes(position).atOffset(ZoneOffset.UTC);
        case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
            new byte[] {1, 2, (byte) row};
        default -> textOf(column, n);
      };
    }

    private static String textOf(Column column, long n) {
      String text = "u" + n;
      int size = column.size() <= 0 ? text.length() : column.size();
      return text.length() <= size ? text : text.substring(text.length() - size);
    }
  }
}
