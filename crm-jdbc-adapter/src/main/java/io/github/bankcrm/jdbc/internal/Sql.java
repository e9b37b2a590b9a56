package io.github.bankcrm.jdbc.internal;

import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.jdbc.SqlDialect;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A statement under construction: SQL text written by the adapter only, and every value a bound
 * parameter. There is deliberately no way to append a value to the text.
 */
public final class Sql {

  /** A JSON document to bind; the dialect decides the placeholder. */
  public record Json(String text) {}

  /**
   * A list of texts bound as one SQL array parameter ({@code varchar[]}), e.g. for {@code unnest(?)}:
   * one parameter however long the list, so the database plans and hashes it as one value.
   *
   * @param values the texts, none {@code null}
   */
  public record TextArray(List<String> values) {
    public TextArray {
      values = List.copyOf(values);
    }
  }

  /**
   * A null of a given SQL type, for columns other than text: PostgreSQL refuses a text null in a
   * {@code date} or {@code numeric} column.
   *
   * @param sqlType one of {@link Types}
   */
  public record Null(int sqlType) {}

  /**
   * The value, or a typed null.
   *
   * @param value the value, possibly {@code null}
   * @param sqlType the column's type, one of {@link Types}, used when the value is null
   * @return what to bind
   */
  public static Object nullable(@Nullable Object value, int sqlType) {
    return value == null ? new Null(sqlType) : value;
  }

  /** Reads one row. */
  @FunctionalInterface
  public interface RowReader<T> {
    /**
     * Reads the current row.
     *
     * @param row the result set on the row
     * @return the value
     * @throws SQLException on a database error
     */
    T read(ResultSet row) throws SQLException;
  }

  private final StringBuilder text = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();

  private Sql() {}

  /**
   * Starts a statement.
   *
   * @param fragment constant SQL written by the adapter
   * @param parameters values for the {@code ?} in the fragment
   * @return the statement
   */
  public static Sql of(String fragment, Object... parameters) {
    return new Sql().append(fragment, parameters);
  }

  /**
   * Appends constant SQL and its parameters.
   *
   * @param fragment constant SQL written by the adapter
   * @param values values for the {@code ?} in the fragment
   * @return this statement
   */
  public Sql append(String fragment, Object... values) {
    text.append(fragment);
    parameters.addAll(java.util.Arrays.asList(values));
    return this;
  }

  /**
   * Appends another statement's text and parameters.
   *
   * @param other the fragment
   * @return this statement
   */
  public Sql append(Sql other) {
    text.append(other.text);
    parameters.addAll(other.parameters);
    return this;
  }

  /**
   * Appends a parenthesised list of placeholders, one per value: {@code (?, ?, ?)}.
   *
   * @param values the values, at least one
   * @return this statement
   */
  public Sql appendList(List<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("an SQL list needs at least one value");
    }
    text.append('(');
    for (int i = 0; i < values.size(); i++) {
      text.append(i == 0 ? "?" : ", ?");
    }
    text.append(')');
    parameters.addAll(values);
    return this;
  }

  /**
   * Appends {@code = any(<array>)} with the values as one {@link TextArray} parameter: the form for
   * the long key lists of bulk work. Unlike {@link #appendList}, the statement has one parameter
   * however many values, the database plans it once, and a filter on it is a hash probe rather than a
   * comparison with each value.
   *
   * @param dialect the database
   * @param values the texts, at least one
   * @return this statement
   */
  public Sql appendAnyOf(SqlDialect dialect, List<String> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("an SQL array needs at least one value");
    }
    text.append(" = any(").append(textArrayPlaceholder(dialect)).append(')');
    parameters.add(new TextArray(values));
    return this;
  }

  /**
   * An insert of one row, so that the columns of a row are listed once for its insert and its update.
   *
   * @param dialect the database, for the JSON placeholder
   * @param table the table, a constant of the adapter
   * @param columns column names (constants of the adapter) and their values, in order
   * @return the statement
   */
  public static Sql insert(SqlDialect dialect, String table, Map<String, Object> columns) {
    Sql insert = Sql.of("insert into " + table + " (" + String.join(", ", columns.keySet()) + ") values (");
    String separator = "";
    for (Object value : columns.values()) {
      insert.append(separator + placeholder(dialect, value), value);
      separator = ", ";
    }
    return insert.append(")");
  }

  /**
   * An update of columns; the caller appends the {@code where} clause.
   *
   * @param dialect the database, for the JSON placeholder
   * @param table the table, a constant of the adapter
   * @param columns column names (constants of the adapter) and their new values, in order
   * @return the statement
   */
  public static Sql update(SqlDialect dialect, String table, Map<String, Object> columns) {
    Sql update = Sql.of("update " + table + " set ");
    String separator = "";
    for (Map.Entry<String, Object> column : columns.entrySet()) {
      update.append(
          separator + column.getKey() + " = " + placeholder(dialect, column.getValue()),
          column.getValue());
      separator = ", ";
    }
    return update;
  }

  private static String placeholder(SqlDialect dialect, @Nullable Object value) {
    return value instanceof Json ? jsonPlaceholder(dialect) : "?";
  }

  /**
   * The placeholder of a {@link TextArray} parameter, typed so that the database knows it is an array
   * of texts: {@code cast(? as varchar[])} on PostgreSQL, {@code cast(? as varchar array)} on H2.
   *
   * @param dialect the database
   * @return the placeholder
   */
  public static String textArrayPlaceholder(SqlDialect dialect) {
    return dialect == SqlDialect.POSTGRESQL ? "cast(? as varchar[])" : "cast(? as varchar array)";
  }

  /**
   * The placeholder for a JSON parameter.
   *
   * @param dialect the database
   * @return {@code ?} or a cast of it
   */
  public static String jsonPlaceholder(SqlDialect dialect) {
    return dialect == SqlDialect.POSTGRESQL ? "cast(? as jsonb)" : "?";
  }

  /**
   * A {@code LIKE} pattern that matches the text literally, with {@code !} as escape character.
   *
   * @param literal text to match as is
   * @return the escaped text
   */
  public static String likeLiteral(String literal) {
    return literal.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** The SQL text, for tests and error analysis; holds no values. */
  public String text() {
    return text.toString();
  }

  /**
   * Runs an update.
   *
   * @param connection the connection
   * @return the number of rows changed
   * @throws SQLException on a database error
   */
  public int update(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
      bind(statement, parameters);
      return statement.executeUpdate();
    }
  }

  /**
   * Runs a query.
   *
   * @param connection the connection
   * @param reader reads each row
   * @return the rows read
   * @throws SQLException on a database error
   */
  public <T> List<T> list(Connection connection, RowReader<T> reader) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
      bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(reader.read(rows));
        }
        return result;
      }
    }
  }

  /**
   * Runs a query expected to return at most one row.
   *
   * @param connection the connection
   * @param reader reads the row
   * @return the row, if any
   * @throws SQLException on a database error
   */
  public <T> Optional<T> single(Connection connection, RowReader<T> reader) throws SQLException {
    List<T> rows = list(connection, reader);
    if (rows.size() > 1) {
      throw new IllegalStateException("expected at most one row, got " + rows.size());
    }
    return rows.stream().findFirst();
  }

  /**
   * Runs this statement once per row of parameters, as one JDBC batch.
   *
   * @param connection the connection
   * @param rows the parameters of each execution
   * @return the update count of each execution, in order
   * @throws SQLException on a database error
   */
  public int[] batch(Connection connection, List<List<Object>> rows) throws SQLException {
    if (rows.isEmpty()) {
      return new int[0];
    }
    try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
      for (List<Object> row : rows) {
        bind(statement, row);
        statement.addBatch();
      }
      return statement.executeBatch();
    }
  }

  private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      int index = i + 1;
      Object value = values.get(i);
      if (value == null) {
        statement.setNull(index, Types.VARCHAR);
      } else if (value instanceof Null typed) {
        statement.setNull(index, typed.sqlType());
      } else if (value instanceof String string) {
        statement.setString(index, string);
      } else if (value instanceof Json json) {
        statement.setString(index, json.text());
      } else if (value instanceof TextArray array) {
        statement.setArray(index, statement.getConnection().createArrayOf("varchar", array.values().toArray()));
      } else if (value instanceof Long number) {
        statement.setLong(index, number);
      } else if (value instanceof Integer number) {
        statement.setInt(index, number);
      } else if (value instanceof BigDecimal number) {
        statement.setBigDecimal(index, number);
      } else if (value instanceof Boolean flag) {
        statement.setBoolean(index, flag);
      } else if (value instanceof Instant instant) {
        statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
      } else if (value instanceof LocalDate date) {
        statement.setObject(index, date);
      } else if (value instanceof UUID uuid) {
        statement.setObject(index, uuid);
      } else {
        throw new IllegalArgumentException("no binding for " + value.getClass().getName());
      }
    }
  }

  /**
   * Reads a timestamp column as an instant.
   *
   * @param row the row
   * @param column the column
   * @return the instant, or {@code null}
   * @throws SQLException on a database error
   */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /**
   * Reads a date column.
   *
   * @param row the row
   * @param column the column
   * @return the date, or {@code null}
   * @throws SQLException on a database error
   */
  public static @Nullable LocalDate date(ResultSet row, String column) throws SQLException {
    return row.getObject(column, LocalDate.class);
  }
}
