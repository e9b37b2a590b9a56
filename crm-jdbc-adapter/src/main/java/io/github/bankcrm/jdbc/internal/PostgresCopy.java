package io.github.bankcrm.jdbc.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Writes rows with PostgreSQL's {@code COPY ... FROM STDIN} through pgjdbc's {@code CopyManager},
 * reached by {@link Connection#unwrap}. Only {@link TableRows} touches this class, and only after
 * {@link #isAvailable()} said pgjdbc is on the class path: pgjdbc is an optional dependency of the
 * adapter, so nothing else may name its types.
 */
final class PostgresCopy {

  private PostgresCopy() {}

  /** Whether pgjdbc is on the class path (or module path) of the adapter. */
  static boolean isAvailable() {
    try {
      Class.forName("org.postgresql.PGConnection", false, PostgresCopy.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Whether this connection (possibly a pool's proxy) is pgjdbc's and can copy. */
  static boolean supports(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  /**
   * Copies rows into a table in the text format, in the transaction of the connection.
   *
   * @param connection a connection for which {@link #supports} said yes
   * @param table constant SQL: the table
   * @param columns constant SQL: the columns, in the order of each row's values
   * @param rows the rows
   * @return the number of rows the server copied
   * @throws SQLException on a database error, e.g. a unique constraint that refuses a row
   */
  static long copy(Connection connection, String table, List<String> columns, List<List<Object>> rows)
      throws SQLException {
    StringBuilder text = new StringBuilder(rows.size() * 256);
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("a value for every column");
      }
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          text.append('\t');
        }
        appendValue(text, row.get(i));
      }
      text.append('\n');
    }
    String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
    try {
      return connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(sql, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new SQLException("copy into " + table + " failed to stream its rows", "08006", e);
    }
  }

  /** One value in COPY's text format: {@code \N} for null, backslash escapes for the rest. */
  private static void appendValue(StringBuilder text, Object value) {
    if (value == null || value instanceof Sql.Null) {
      text.append("\\N");
    } else if (value instanceof String string) {
      escape(text, string);
    } else if (value instanceof Sql.Json json) {
      escape(text, json.text());
    } else if (value instanceof Instant instant) {
      text.append(instant);
    } else if (value instanceof BigDecimal number) {
      text.append(number.toPlainString());
    } else if (value instanceof Boolean flag) {
      text.append(flag ? 't' : 'f');
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof java.time.LocalDate
        || value instanceof java.util.UUID) {
      text.append(value);
    } else {
      throw new IllegalArgumentException("no COPY text for " + value.getClass().getName());
    }
  }

  private static void escape(StringBuilder text, String value) {
    // runs of ordinary characters are appended whole: JSON documents rarely hold a character to escape
    int from = 0;
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
        text.append(value, from, i)
            .append('\\')
            .append(ch == '\\' ? '\\' : ch == '\t' ? 't' : ch == '\n' ? 'n' : 'r');
        from = i + 1;
      }
    }
    text.append(value, from, value.length());
  }

}
