package io.github.bankcrm.jdbc.internal;

import io.github.bankcrm.core.shared.DomainEvent;
import io.github.bankcrm.jdbc.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The storage of an aggregate kept as one versioned row (typed columns, a {@code version} and the
 * aggregate as a JSON {@code document}) plus child rows that are replaced with every version (its
 * parties, its assignments), with its events in the outbox. A save reads the stored row, locked for a
 * change, and writes the new version only over the expected one, so the holding ports share one way
 * of being atomic and optimistic-locked.
 */
public final class DocumentTable {

  private final String table;
  private final String key;
  private final String childTable;
  private final String childKey;
  private final String childInsert;
  private final String aggregateType;
  private final String json;
  private final OutboxWriter outbox;

  /**
   * Describes the tables; every name is constant SQL written by the adapter.
   *
   * @param dialect the database
   * @param aggregateType the outbox's aggregate type, e.g. {@code Account}
   * @param table the aggregate's table, with a {@code version} and a {@code document} column
   * @param key its key column
   * @param childTable the table of the child rows
   * @param childKey the child column that holds the aggregate's key
   * @param childColumns the child columns in the order of a child row, the key first
   */
  public DocumentTable(
      SqlDialect dialect,
      String aggregateType,
      String table,
      String key,
      String childTable,
      String childKey,
      List<String> childColumns) {
    this.aggregateType = aggregateType;
    this.table = table;
    this.key = key;
    this.childTable = childTable;
    this.childKey = childKey;
    this.childInsert =
        "insert into "
            + childTable
            + " ("
            + String.join(", ", childColumns)
            + ") values ("
            + String.join(", ", java.util.Collections.nCopies(childColumns.size(), "?"))
            + ")";
    this.json = Sql.jsonPlaceholder(dialect);
    this.outbox = new OutboxWriter(dialect);
  }

  /**
   * Reads the stored row of an aggregate; a change locks it until the transaction ends.
   *
   * @param connection the transaction's connection
   * @param columns constant SQL: the columns to read
   * @param id the aggregate's key
   * @param lock whether to lock the row ({@code select ... for update}) for a change
   * @param reader reads the columns
   * @return the stored row, if any
   * @throws SQLException on a database error
   */
  public <T> Optional<T> stored(
      Connection connection, String columns, String id, boolean lock, Sql.RowReader<T> reader)
      throws SQLException {
    return Sql.of(
            "select " + columns + " from " + table + " where " + key + " = ?"
                + (lock ? " for update" : ""),
            id)
        .single(connection, reader);
  }

  /**
   * Writes a version: inserts the row of a new aggregate, or updates the row stored at the expected
   * version and replaces its child rows; then the child rows and the events.
   *
   * @param connection the transaction's connection
   * @param id the aggregate's key
   * @param version the new version; 1 inserts
   * @param columns the typed columns (constant names) and their values, key and version excluded
   * @param document the aggregate as JSON
   * @param children the child rows, each in the order of the child columns
   * @param events the events of this version
   * @param eventType the sealed event interface, so the JSON names its type
   * @throws SQLException on a database error
   * @throws IllegalStateException if the stored version changed under the row lock
   */
  public void write(
      Connection connection,
      String id,
      long version,
      Map<String, Object> columns,
      String document,
      List<List<Object>> children,
      List<? extends DomainEvent> events,
      Class<?> eventType)
      throws SQLException {
    List<Object> values = new ArrayList<>(columns.values());
    values.add(new Sql.Json(document));
    if (version == 1) {
      values.add(0, id);
      values.add(1, version);
      Sql.of(
              "insert into " + table + " (" + key + ", version, " + String.join(", ", columns.keySet())
                  + ", document) values (?, ?, " + "?, ".repeat(columns.size()) + json + ")",
              values.toArray())
          .update(connection);
    } else {
      values.add(0, version);
      values.add(id);
      values.add(version - 1);
      int changed =
          Sql.of(
                  "update " + table + " set version = ?, " + String.join(" = ?, ", columns.keySet())
                      + " = ?, document = " + json + " where " + key + " = ? and version = ?",
                  values.toArray())
              .update(connection);
      if (changed != 1) {
        throw new IllegalStateException(aggregateType + " row changed under its lock");
      }
      Sql.of("delete from " + childTable + " where " + childKey + " = ?", id).update(connection);
    }
    Sql.of(childInsert).batch(connection, children);
    outbox.append(connection, aggregateType, id, version, events, eventType);
  }

  /**
   * Typed columns in the order given.
   *
   * @param namesAndValues constant column names, each followed by its value
   * @return the columns, for {@link #write}
   */
  public static Map<String, Object> columns(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("a value for every column");
    }
    Map<String, Object> columns = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return columns;
  }
}
