package io.github.bankcrm.jdbc.internal;

import io.github.bankcrm.jdbc.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Inserts many rows of one table in the transaction of a connection: one JDBC batch, or on
 * PostgreSQL, when there are enough rows for it to pay and pgjdbc is there, one {@code COPY ... FROM
 * STDIN}. Both go through the same constraints and the same transaction, so a caller sees no
 * difference but the speed; a refused row fails the whole statement either way.
 */
public final class TableRows {

  /**
   * Below this many rows a batch costs about what a {@code COPY} does (one round trip either way, and
   * COPY's text rendering buys nothing); from here on COPY wins and keeps winning.
   */
  public static final int COPY_FROM_ROWS = 64;

  private final String table;
  private final List<String> columns;
  private final Sql insert;
  private final boolean copy;

  /**
   * Describes the table; every name is constant SQL written by the adapter.
   *
   * @param dialect the database
   * @param copyAllowed whether {@code COPY} may be used on PostgreSQL
   * @param table the table
   * @param columns the columns, in the order of each row's values
   * @param jsonColumns those of the columns that take JSON
   */
  public TableRows(
      SqlDialect dialect,
      boolean copyAllowed,
      String table,
      List<String> columns,
      Set<String> jsonColumns) {
    this.table = table;
    this.columns = List.copyOf(columns);
    StringBuilder text =
        new StringBuilder("insert into " + table + " (" + String.join(", ", columns) + ") values (");
    for (int i = 0; i < columns.size(); i++) {
      text.append(i == 0 ? "" : ", ")
          .append(jsonColumns.contains(columns.get(i)) ? Sql.jsonPlaceholder(dialect) : "?");
    }
    this.insert = Sql.of(text.append(')').toString());
    this.copy = copyAllowed && dialect == SqlDialect.POSTGRESQL && PostgresCopy.isAvailable();
  }

  /**
   * Whether a {@code COPY} would be used for this many rows on this connection.
   *
   * @param connection the connection
   * @param rows how many rows
   * @return whether {@link #insert} copies
   * @throws SQLException on a database error
   */
  public boolean copies(Connection connection, int rows) throws SQLException {
    return copy && rows >= COPY_FROM_ROWS && PostgresCopy.supports(connection);
  }

  /**
   * Inserts the rows.
   *
   * @param connection the transaction's connection
   * @param rows the rows, each with a value per column
   * @throws SQLException on a database error, including a constraint that refuses a row
   */
  public void insert(Connection connection, List<List<Object>> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    if (copies(connection, rows.size())) {
      long copied = PostgresCopy.copy(connection, table, columns, rows);
      if (copied != rows.size()) {
        throw new IllegalStateException(
            "copy into " + table + " wrote " + copied + " of " + rows.size() + " rows");
      }
    } else {
      insert.batch(connection, rows);
    }
  }
}
