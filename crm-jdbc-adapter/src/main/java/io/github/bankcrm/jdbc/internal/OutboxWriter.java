package io.github.bankcrm.jdbc.internal;

import io.github.bankcrm.core.shared.DomainEvent;
import io.github.bankcrm.jdbc.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Appends domain events to the {@code crm_outbox} table inside the transaction that saves their
 * aggregate, so an event is recorded if and only if its change is.
 */
public final class OutboxWriter {

  private final TableRows insert;

  /**
   * A writer for the database.
   *
   * @param dialect the database
   */
  public OutboxWriter(SqlDialect dialect) {
    this.insert =
        new TableRows(
            dialect,
            true,
            "crm_outbox",
            List.of(
                "id", "aggregate_type", "aggregate_id", "aggregate_version", "event_type", "payload",
                "occurred_at"),
            java.util.Set.of("payload"));
  }

  /**
   * The rows for the events of one saved version of an aggregate, to insert with others in one batch.
   *
   * @param aggregateType e.g. {@code Customer}
   * @param aggregateId the aggregate's number
   * @param version the version the events produced
   * @param events the events
   * @param eventType the sealed event interface, so the JSON names its type
   * @return one row of parameters per event
   */
  public List<List<Object>> rows(
      String aggregateType,
      String aggregateId,
      long version,
      List<? extends DomainEvent> events,
      Class<?> eventType) {
    List<List<Object>> rows = new ArrayList<>();
    for (DomainEvent event : events) {
      rows.add(
          List.of(
              UUID.randomUUID(),
              aggregateType,
              aggregateId,
              version,
              event.getClass().getSimpleName(),
              new Sql.Json(JsonCodec.write(event, eventType)),
              event.occurredAt()));
    }
    return rows;
  }

  /**
   * Inserts outbox rows as one JDBC batch, or one {@code COPY} for many rows on PostgreSQL.
   *
   * @param connection the transaction's connection
   * @param rows rows from {@link #rows}
   * @throws SQLException on a database error
   */
  public void insert(Connection connection, List<List<Object>> rows) throws SQLException {
    insert.insert(connection, rows);
  }

  /**
   * Appends the events of one saved version of an aggregate.
   *
   * @param connection the transaction's connection
   * @param aggregateType e.g. {@code Group}
   * @param aggregateId the aggregate's number
   * @param version the version the events produced
   * @param events the events
   * @param eventType the sealed event interface, so the JSON names its type
   * @throws SQLException on a database error
   */
  public void append(
      Connection connection,
      String aggregateType,
      String aggregateId,
      long version,
      List<? extends DomainEvent> events,
      Class<?> eventType)
      throws SQLException {
    insert(connection, rows(aggregateType, aggregateId, version, events, eventType));
  }
}
